// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { en } from './en.js';
import type { Catalog, LocaleCatalog, Message, MessageKey, Messages } from './types.js';

export type { Catalog, LocaleCatalog, Message, MessageKey, Messages };
export { en };

// English is the fallback for every key: the shared words, plus each loaded element's words.
const english: Partial<Record<MessageKey, Message>> = { ...en };
// One registry per page, shared by every copy of the library on it (dist/compute-calc.js and the
// per-element files each carry this module), so one addCatalog call reaches every element.
// English stays each copy's own: it holds the words of the elements that copy registers.
const catalogs: Map<string, Catalog> = ((globalThis as { [k: symbol]: unknown })[Symbol.for('compute-calc.catalogs')] ??= new Map()) as Map<string, Catalog>;

/** Adds English defaults (an element's own words); existing keys are kept. */
export function addMessages(messages: Catalog): void {
  for (const [key, value] of Object.entries(messages) as Array<[MessageKey, Message]>) if (!(key in english)) english[key] = value;
}

/** Registers a catalog for a language (`de`, `fr-CA`); missing keys fall back to English. */
export function addCatalog(language: string, catalog: Catalog): void {
  catalogs.set(language.toLowerCase(), catalog);
}

/** The catalog for a locale: exact tag, then its language, then English. */
export function catalogFor(locale: string): Catalog {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]) ?? english;
}

export type Params = Readonly<Record<string, string | number>>;

const plurals = new Map<string, Intl.PluralRules>();

/**
 * The text of `key` in `locale`, with `{name}` placeholders filled. For plural messages `count`
 * selects the form and `#` stands for `countText` (the count as formatted for the reader).
 * A missing key yields the key itself, so a gap shows up as text instead of "undefined".
 */
export function translate(locale: string, key: MessageKey, params: Params = {}): string {
  const message: Message | undefined = catalogFor(locale)[key] ?? english[key];
  if (message === undefined) return key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    let rule: Intl.LDMLPluralRule = 'other';
    try {
      // Building PluralRules costs more than the whole lookup; a page of widgets asks thousands of times.
      let pr = plurals.get(locale);
      if (!pr) plurals.set(locale, (pr = new Intl.PluralRules(locale)));
      rule = pr.select(Number(params.count ?? 0));
    } catch { /* unknown locale: "other" is always present */ }
    text = (message[rule] ?? message.other).replace(/#/g, String(params.countText ?? params.count ?? ''));
  }
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
