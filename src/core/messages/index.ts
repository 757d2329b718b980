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

/** Whether a catalog is registered for `locale` or its language. */
export function hasCatalog(locale: string): boolean {
  const tag = locale.toLowerCase();
  return catalogs.has(tag) || catalogs.has(tag.split('-')[0]);
}

/** The catalog for a locale: exact tag, then its language, then English. */
export function catalogFor(locale: string): Catalog {
  const tag = locale.toLowerCase();
  return catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]) ?? english;
}

/** "de " before a noun, "d’" before a French vowel. */
const OF = (lang: string, noun: string) => (lang === 'fr' && /^[aeiouyhéèêâîô]/i.test(noun) ? 'd’' : 'de ');

/** A count that ends in a magnitude word: "34,3 millions", "2,5 millones". */
const WORDED = /\d\s(?:millions?|milliards?|billions?|millones|millón|billones)$/u;

/**
 * `count` and its `noun` in French (`fr`) or Spanish (`es`): "34,3 millions de foyers", "30 millions
 * d’heures-GPU", "2,5 millones de hogares", and "34 300 foyers" without a magnitude word.
 */
export const countNoun = (lang: 'fr' | 'es', count: string, noun: string): string => `${count} ${WORDED.test(count) ? OF(lang, noun) : ''}${noun}`;

/** A region's name in `locale`'s catalog (as its sentences need it), else `name`, its English name. */
export function regionName(locale: string, id: string, name: string): string {
  return (catalogFor(locale) as Readonly<Record<string, Message | undefined>>)[`region.${id}`] as string | undefined ?? name;
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
    const n = Number(params.count ?? 0);
    try {
      // English needs no rules object: "one" is 1 exactly (CLDR: i = 1 and v = 0), and the first
      // PluralRules a page builds costs up to 25 ms. Other languages build theirs once.
      if (/^en\b/i.test(locale)) rule = Math.abs(n) === 1 ? 'one' : 'other';
      else {
        let pr = plurals.get(locale);
        if (!pr) plurals.set(locale, (pr = new Intl.PluralRules(locale)));
        rule = pr.select(n);
      }
    } catch { /* unknown locale: "other" is always present */ }
    const count = String(params.countText ?? params.count ?? '');
    text = message[rule] ?? message.other;
    // French and Spanish join a count written in words to its noun with "de": "34 millions de
    // foyers", "2,5 millones de hogares" (where the noun stands alone, it is the message's start).
    const lang = locale.slice(0, 2).toLowerCase();
    if ((lang === 'fr' || lang === 'es') && /\p{L}$/u.test(count)) {
      text = text.includes('#') ? text.replace(/#\s(?=\p{L})/u, (m) => m + OF(lang, text.slice(text.indexOf('#') + 2))) : OF(lang, text) + text;
    }
    text = text.replace(/#/g, count);
  }
  const of = /^(?:fr|es)\b/i.test(locale);
  return text.replace(/\{(\w+)\}( ?)/g, (all, name: string, space: string, at: number) => {
    if (!(name in params)) return all;
    const value = String(params[name]);
    // "25 millions heures-GPU" → "25 millions d’heures-GPU", as for "#" above.
    const next = text.slice(at + all.length);
    return of && space && WORDED.test(value) && /^\p{Ll}/u.test(next) ? `${value} ${OF(locale.slice(0, 2), next)}` : value + space;
  });
}
