// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Attributes in the element's language. A German, French or Spanish author writes "1,5 TWh",
// "2,5 Mrd. $" or "über 34 Millionen Haushalte"; `delocalize` rewrites such text into the English
// forms parse.ts reads ("1.5 TWh", "2.5 billion $", "over 34 million households"), so one parser
// serves every language and English input keeps working in all of them. What it cannot decide
// ("1,500" in German: one and a half, or fifteen hundred?) it refuses instead of guessing.

type Words = ReadonlyArray<readonly [RegExp, string]>;

// Longer phrases first: "mil millones" before "millones", "au moins" before "moins de".
const WORDS: Readonly<Record<string, Words>> = {
  de: [
    [/\b(?:mehr als|über|oberhalb von)\s/giu, 'over '],
    [/\b(?:mindestens|wenigstens)\s/giu, 'at least '],
    [/\b(?:weniger als|unter)\s/giu, 'under '],
    [/\b(?:höchstens|bis zu)\s/giu, 'at most '],
    [/\b(?:rund|etwa|ungefähr|circa|zirka)\s/giu, 'about '],
    [/\b(?:knapp|fast|beinahe)\s/giu, 'nearly '],
    [/(\d)\s+bis\s+(?=\d)/gu, '$1 to '],
    [/\b(?:Tausend|Tsd\.?)(?=\s|$|[$€£])/giu, 'thousand'],
    [/\b(?:Millionen|Million|Mio\.?)(?=\s|$|[$€£])/giu, 'million'],
    [/\b(?:Milliarden|Milliarde|Mrd\.?)(?=\s|$|[$€£])/giu, 'billion'],
    // "Billion" is 10¹² in German; the lower-case English word keeps its English meaning.
    [/\b(?:Billionen|Billion|Bio\.?)(?=\s|$|[$€£])/gu, 'trillion'],
    [/\b(?:pro|im|je) Jahr\b|\bjährlich\b/giu, 'a year'],
    [/\b(?:Haushalte[n]?|Haushalts?|Wohnungen|Wohnung)(?=\s|$)/giu, 'households'],
    [/\b(?:Elektroautos?|E-Autos?)(?=\s|$)/giu, 'electric cars'],
    [/\b(?:Autos?|Pkw)(?=\s|$)/giu, 'cars'],
    [/\bReaktoren\b/giu, 'reactors'],
    [/\bTonnen\b/giu, 'tonnes'],
    [/\bGPU-Stunden\b/giu, 'GPU-hours'],
    [/\bTage[n]?\b/giu, 'days'],
    [/\bWochen\b/giu, 'weeks'],
    [/\bMonate[n]?\b/giu, 'months'],
    [/\b(?:US-)?Dollar\b/giu, 'dollars'],
  ],
  fr: [
    [/\b(?:plus de|au-delà de)\s/giu, 'over '],
    [/\bau moins\s/giu, 'at least '],
    [/\bmoins de\s/giu, 'under '],
    [/\b(?:au plus|jusqu[’']à)\s*/giu, 'at most '],
    [/\b(?:environ|autour de|approximativement|quelque)\s/giu, 'about '],
    [/\b(?:près de|presque)\s/giu, 'nearly '],
    [/\bde\s+(\d[^\s]*(?:\s\S+)?)\s+à\s+(?=\d)/giu, '$1 to '],
    [/(\d)\s+à\s+(?=\d)/gu, '$1 to '],
    [/\b(?:mille)(?=\s|$|[$€£])/giu, 'thousand'],
    [/\b(?:millions?|M)(?=\s|$|[$€£])/gu, 'million'],
    [/\b(?:milliards?|Mds?|Mrds?)(?=\s|$|[$€£])/giu, 'billion'],
    [/\bbillions\b/gu, 'trillion'],
    [/\b(?:par an|par année|annuels?|annuelles?)\b/giu, 'a year'],
    [/\b(?:foyers?|ménages?|logements?)(?=\s|$)/giu, 'households'],
    [/\bvoitures? électriques?\b/giu, 'electric cars'],
    [/\b(?:voitures?|automobiles?)(?=\s|$)/giu, 'cars'],
    [/\bréacteurs?\b/giu, 'reactors'],
    [/\bheures[- ]GPU\b/giu, 'GPU-hours'],
    [/\bjours\b/giu, 'days'],
    [/\bsemaines\b/giu, 'weeks'],
    [/\bmois\b/giu, 'months'],
  ],
  es: [
    [/\bmás de\s/giu, 'over '],
    [/\b(?:al menos|como mínimo)\s/giu, 'at least '],
    [/\bmenos de\s/giu, 'under '],
    [/\b(?:como máximo|hasta)\s/giu, 'at most '],
    [/\b(?:unos|unas|alrededor de|aproximadamente|en torno a)\s/giu, 'about '],
    [/\b(?:cerca de|casi)\s/giu, 'nearly '],
    [/\bentre\s+(\d[^\s]*(?:\s\S+)?)\s+y\s+(?=\d)/giu, '$1 to '],
    [/\bde\s+(\d[^\s]*(?:\s\S+)?)\s+a\s+(?=\d)/giu, '$1 to '],
    [/(\d)\s+a\s+(?=\d)/gu, '$1 to '],
    [/\bmil millones\b/giu, 'billion'],
    [/\b(?:millones|millón)(?=\s|$|[$€£])/giu, 'million'],
    [/\b(?:billones|billón)(?=\s|$|[$€£])/giu, 'trillion'],
    [/\bmil(?=\s|$|[$€£])/giu, 'thousand'],
    [/\b(?:al año|por año|anuales|anual)\b/giu, 'a year'],
    [/\b(?:hogares|hogar|viviendas|vivienda)(?=\s|$)/giu, 'households'],
    [/\bcoches? eléctricos?\b/giu, 'electric cars'],
    [/\b(?:coches?|automóviles?|turismos?)(?=\s|$)/giu, 'cars'],
    [/\breactores\b/giu, 'reactors'],
    [/\btoneladas\b/giu, 'tonnes'],
    [/\bhoras de GPU\b/giu, 'GPU-hours'],
    [/\bdías\b/giu, 'days'],
    [/\bsemanas\b/giu, 'weeks'],
    [/\bmeses\b/giu, 'months'],
    [/\bdólares\b/giu, 'dollars'],
  ],
};

// JavaScript's \b knows only ASCII letters ("über" has none before its ü): a boundary between a
// letter or digit of any script and anything else.
const B = '(?:(?<![\\p{L}\\d])(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]))';
const boundaries = (words: Words): Words => words.map(([re, to]) => [new RegExp(re.source.replaceAll('\\b', B), re.flags), to]);
const compiled = new Map<string, Words>();

/** The text in English forms, or `undefined` when a number in it is ambiguous in `locale`. */
export function delocalize(text: string, locale: string): string | undefined {
  const lang = locale.slice(0, 2).toLowerCase();
  if (!WORDS[lang]) return text;
  let words = compiled.get(lang);
  if (!words) compiled.set(lang, (words = boundaries(WORDS[lang])));
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
  for (const [re, english] of words) out = out.replace(re, english);
  // "34 million de households", "2.5 billion de dollars": the joining "de" goes.
  return out.replace(/\b(thousand|million|billion|trillion)\s+(?:de\s+|d[’'])/giu, '$1 ');
}
