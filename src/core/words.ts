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
const boundaries = (words: Words): Words => words.map(([re, to]) => [new RegExp(re.source.replaceAll('\\b', B), re.flags), to]);
const compiled = new WeakMap<Words, Words>();

/** The text in English forms, or `undefined` when a number in it is ambiguous in `locale`. */
export function delocalize(text: string, locale: string): string | undefined {
  const lang = locale.slice(0, 2).toLowerCase();
  const own = registry.get(lang);
  // German, French and Spanish numbers are read even before their words arrive; other languages as English.
  if (!own && !/^(?:de|fr|es)$/.test(lang)) return text;
  let words = own && compiled.get(own);
  if (own && !words) compiled.set(own, (words = boundaries(own)));
  // German and Spanish group thousands with a point; French with a space, which parse.ts reads.
  const pointGroups = lang !== 'fr';
  let ambiguous = false;
  let out = text.replace(/\d+(?:[.,]\d+)+/g, (n) => {
    const commas = n.split(',').length - 1;
    const points = n.split('.').length - 1;
    const last = Math.max(n.lastIndexOf(','), n.lastIndexOf('.'));
    if (commas && points) {
      // Both signs: the last one is the decimal sign ("1.234,5" or, in English, "1,234.5").
      return n[last] === ',' ? n.replace(/\./g, '').replace(',', '.') : n.replace(/,/g, '');
    }
    if (commas === 1) {
      // "1,5" is a decimal; "1,500" is fifteen hundred to an English author and 1.5 to a German one.
      if (/^[1-9]\d{0,2},\d{3}$/.test(n)) ambiguous = true;
      return n.replace(',', '.');
    }
    if (commas) return n.replace(/,/g, '');
    // Points alone: "100.000" and "1.500.000" group thousands here; "0.5" and "1.25" are English decimals.
    return pointGroups && /^[1-9]\d{0,2}(?:\.\d{3})+$/.test(n) ? n.replace(/\./g, '') : n;
  });
  if (ambiguous) return undefined;
  for (const [re, english] of words ?? []) out = out.replace(re, english);
  // "34 million de households", "2.5 billion de dollars": the joining "de" goes.
  return out.replace(/\b(thousand|million|billion|trillion)\s+(?:de\s+|d[’'])/giu, '$1 ');
}
