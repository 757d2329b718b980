// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Attributes in the element's language. A German, French or Spanish author writes "1,5 TWh",
// "2,5 Mrd. $" or "über 34 Millionen Haushalte"; `delocalize` rewrites such text into the English
// forms parse.ts reads ("1.5 TWh", "2.5 billion $", "over 34 million households"), so one parser
// serves every language and English input keeps working in all of them. What it cannot decide
// ("1,500" in German: one and a half, or fifteen hundred?) it refuses instead of guessing.

/** A language's words and their English forms, longer phrases first ("mil millones" before "millones"). */
export type Words = ReadonlyArray<readonly [RegExp, string]>;

// The words come with each language's catalog (src/locales/<lang>.ts), so English pages never
// carry them; one registry per page, as for the catalogs.
const registry = ((globalThis as { [k: symbol]: unknown })[Symbol.for('compute-calc.words')] ??= new Map()) as Map<string, Words>;

// JavaScript's \b knows only ASCII letters ("über" has none before its ü): a boundary between a
// letter or digit of any script and anything else.
const B = '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))';
const compiled = new WeakMap<Words, Words>();

/** A language's words with `\b` that knows every script, compiled once; `undefined` before its catalog arrives. */
export function wordsFor(lang: string): Words | undefined {
  const own = registry.get(lang);
  let words = own && compiled.get(own);
  if (own && !words) compiled.set(own, (words = unicodeWords(own)));
  return words;
}

/** `words` with `\b` that knows every script ("über" has a boundary before its ü). */
export const unicodeWords = (words: Words): Words => words.map(([re, to]) => [new RegExp(re.source.replaceAll('\\b', B), re.flags), to]);

/** "34 million de households", "2.5 billion de dollars": the joining "de" that goes. */
export const JOINING_DE = /\b(thousand|million|billion|trillion)\s+(?:de\s+|d[’'])/giu;

/** "1,500": fifteen hundred to an English author, 1.5 to a German one; elements refuse it, a German story means 1.5. */
export const AMBIGUOUS = /^[1-9]\d{0,2},\d{3}$/;

/** One number as written in `lang` ("100.000", "2,5", "1.234,5") in the form parse.ts reads. */
export function englishNumber(n: string, lang: string): string {
  const commas = n.split(',').length - 1;
  // Both signs: the last one is the decimal sign ("1.234,5" or, in English, "1,234.5").
  if (commas && n.includes('.')) return n[Math.max(n.lastIndexOf(','), n.lastIndexOf('.'))] === ',' ? n.replace(/\./g, '').replace(',', '.') : n.replace(/,/g, '');
  if (commas) return commas === 1 ? n.replace(',', '.') : n.replace(/,/g, '');
  // Points alone: "100.000" and "1.500.000" group thousands in German and Spanish (French groups
  // with a space, which parse.ts reads); "0.5" and "1.25" are English decimals.
  return lang !== 'fr' && /^[1-9]\d{0,2}(?:\.\d{3})+$/.test(n) ? n.replace(/\./g, '') : n;
}

/** The text in English forms, or `undefined` when a number in it is ambiguous in `locale`. */
export function delocalize(text: string, locale: string): string | undefined {
  const lang = locale.slice(0, 2).toLowerCase();
  const words = wordsFor(lang);
  // German, French and Spanish numbers are read even before their words arrive; other languages as English.
  if (!words && !/^(?:de|fr|es)$/.test(lang)) return text;
  const numbers = /\d+(?:[.,]\d+)+/g;
  if (text.match(numbers)?.some((n) => AMBIGUOUS.test(n))) return undefined;
  let out = text.replace(numbers, (n) => englishNumber(n, lang));
  for (const [re, english] of words ?? []) out = out.replace(re, english);
  return out.replace(JOINING_DE, '$1 ');
}
