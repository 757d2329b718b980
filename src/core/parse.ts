// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Turns what authors write in attributes into numbers. Authors copy figures from stories, so the
// parser takes the forms stories use ("100,000", "100k", "2 billion", "$25k–$40k", "at least
// 370 GWh a year") and answers every other text with an issue, never a guess and never NaN.
// Decimal points are English-style in attributes ("1.5"); the comma only groups thousands.

import { fail, ok, type Result } from './issues.js';
import type { MessageKey } from './messages/types.js';
import { range, type Range } from './range.js';

const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:thousand|k)$/i, 1e3],
  [/^(?:million|mio|mn|m)$/i, 1e6],
  [/^(?:billion|bn|b)$/i, 1e9],
  [/^(?:trillion|tn|t)$/i, 1e12],
];

export type Dimension = 'energy' | 'power' | 'flop';

const UNITS: Readonly<Record<Dimension, ReadonlyArray<readonly [string, number]>>> = {
  // Every prefix formatUnit can write is read back (format → parse round-trips).
  energy: [['wh', 1], ['kwh', 1e3], ['mwh', 1e6], ['gwh', 1e9], ['twh', 1e12], ['pwh', 1e15], ['ewh', 1e18]],
  power: [['w', 1], ['kw', 1e3], ['mw', 1e6], ['gw', 1e9], ['tw', 1e12], ['pw', 1e15], ['ew', 1e18]],
  flop: [['flop', 1], ['flops', 1], ['flop/s', NaN]],
};

/** Spaces, including the no-break and thin spaces that CMSs and locales insert. */
const SPACE = /[\s\u00a0\u202f\u2009]+/g;

const NUMBER = /^([+-]?(?:\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f\u2009]\d{3})+)|\d+)?(?:\.\d+)?)(?:e([+-]?\d+)|\s*[x×*]\s*10\^([+-]?\d+))?/i;

/** The text with its spaces and minus signs made plain. */
export const clean = (text: string) => text.replace(/[\u2212\u2012]/g, '-').replace(SPACE, ' ').trim();

interface Lead {
  readonly value: number;
  readonly rest: string;
}

/** Reads a leading number with its optional multiplier ("100k", "2 billion", "1e5"). */
function leadingNumber(text: string, allowMultiplier = true): Lead | undefined {
  const m = NUMBER.exec(text);
  if (!m || !/\d/.test(m[1])) return undefined;
  // Joined as text so that "1.5 × 10^25" is exactly 1.5e25, not 1.5 × 1e25 with a rounding error.
  let value = Number(`${m[1].replace(/[, \u00a0\u202f\u2009]/g, '')}e${m[2] ?? m[3] ?? 0}`);
  let rest = text.slice(m[0].length).trim();
  if (allowMultiplier) {
    const word = /^([a-z]+)\.?(?=$|[\s/$€£%]|[A-Z])/i.exec(rest) ?? /^([kmbt]|bn|mn|tn)(?=[A-Za-z])/i.exec(rest);
    const mult = word && MULTIPLIERS.find(([re]) => re.test(word[1]));
    if (word && mult) {
      value *= mult[1];
      rest = rest.slice(word[0].length).trim();
    }
  }
  return Number.isFinite(value) ? { value, rest } : undefined;
}

/** Splits "a–b", "a - b", "a to b" into its two sides; a leading minus or an exponent's sign is not a separator. */
function splitRange(text: string): readonly [string, string] | undefined {
  const to = /^(.+?)\s+to\s+(.+)$/i.exec(text);
  if (to) return [to[1], to[2]];
  for (let i = 1; i < text.length - 1; i++) {
    const c = text[i];
    if (c === '\u2013' || c === '\u2014' || (c === '-' && !/[eE^]/.test(text[i - 1]))) {
      return [text.slice(0, i).trim(), text.slice(i + 1).trim()];
    }
  }
  return undefined;
}

/**
 * Parses one value or a range of values with `one`, sharing the right side's unit with a bare
 * left side, as people write "25–40k", "60-90%" and "1.1–1.3 TWh".
 */
function parseRangeWith(text: string, one: (s: string) => number | undefined): Range | undefined {
  const single = one(text);
  if (single !== undefined) return range(single);
  const sides = splitRange(text);
  if (!sides) return undefined;
  const high = one(sides[1]);
  if (high === undefined) return undefined;
  let low = one(sides[0]);
  const bare = NUMBER.exec(sides[0]);
  if (bare && bare[0].length === sides[0].length) {
    const suffix = sides[1].replace(NUMBER, '').trim();
    const shared = suffix ? one(`${sides[0]} ${suffix}`) : undefined;
    // "25–40k": a bare left side takes the right side's multiplier or unit.
    if (shared !== undefined) low = shared;
  }
  if (low === undefined || low > high) return undefined;
  return range(low, high, (low + high) / 2);
}

const plainNumber = (s: string): number | undefined => {
  const lead = leadingNumber(s);
  return lead && lead.rest === '' ? lead.value : undefined;
};

/** A count or plain number: `100000`, `100,000`, `100k`, `1.5M`, `2 billion`, `1e5`, `1.5 × 10^25`. */
export function parseNumber(field: string, text: string): Result<number> {
  const value = plainNumber(clean(text));
  return value === undefined ? fail(field, text, 'invalid', 'expect.number') : ok(value);
}

/** A number or a range of numbers: `25000-40000`, `25k–40k`, `2 to 3 billion`. */
export function parseNumberRange(field: string, text: string): Result<Range> {
  const r = parseRangeWith(clean(text), plainNumber);
  return r ? ok(r) : fail(field, text, 'invalid', 'expect.number');
}

const PER_YEAR = /\s*(?:\/\s*(?:yr|year|a)|(?:a|per|each|every)\s+year|per\s+annum|p\.?a\.?|annually|yearly)\.?$/i;

/** A quantity in `dimension`'s base unit (Wh, W, FLOP); `undefined` if the text is not one. */
function quantity(dimension: Dimension, s: string): number | undefined {
  const text = dimension === 'energy' ? s.replace(PER_YEAR, '') : s;
  const lead = leadingNumber(text, false);
  if (!lead) return undefined;
  const unitOf = (u: string) => UNITS[dimension].find(([name]) => name === u.toLowerCase().replace(/\s+/g, ''))?.[1];
  let factor = unitOf(lead.rest);
  if (factor === undefined) {
    const withMult = leadingNumber(text, true);
    if (!withMult || withMult.rest === lead.rest) return undefined;
    factor = unitOf(withMult.rest);
    if (factor === undefined || Number.isNaN(factor)) return undefined;
    return withMult.value * factor;
  }
  return Number.isNaN(factor) ? undefined : lead.value * factor;
}

const EXPECT_QUANTITY: Record<Dimension, MessageKey> = { energy: 'expect.energy', power: 'expect.power', flop: 'expect.flop' };

/** Energy in Wh (`370 GWh`, `370 GWh a year`), power in W (`42 MW`) or compute in FLOP (`3.8e25 FLOP`); ranges allowed. */
export function parseQuantity(field: string, text: string, dimension: Dimension): Result<Range> {
  const r = parseRangeWith(clean(text), (s) => quantity(dimension, s));
  return r ? ok(r) : fail(field, text, 'invalid', EXPECT_QUANTITY[dimension]);
}

/** A share: `0.6`, `60%`, or a range such as `50–90%`; a bare number above 1 is refused as ambiguous. */
export function parseFraction(field: string, text: string): Result<Range> {
  const one = (s: string): number | undefined => {
    const pct = /^(.*?)\s*%$/.exec(s);
    const n = plainNumber(pct ? pct[1] : s);
    if (n === undefined) return undefined;
    return pct ? n / 100 : n > 1 ? undefined : n;
  };
  const r = parseRangeWith(clean(text), one);
  return r ? ok(r) : fail(field, text, 'invalid', 'expect.fraction');
}

const CURRENCY_SIGNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:US\$|USD|\$)/i, 'USD'],
  [/^(?:€|EUR)/i, 'EUR'],
  [/^(?:£|GBP)/i, 'GBP'],
  [/^(?:¥|JPY)/i, 'JPY'],
  [/^(?:CHF)/i, 'CHF'],
];

/** Money with its ISO currency code. */
export interface Money {
  readonly value: Range;
  readonly currency: string;
}

function money(s: string): { value: number; currency: string | undefined } | undefined {
  let text = s;
  let currency: string | undefined;
  for (const [re, code] of CURRENCY_SIGNS) {
    const m = re.exec(text);
    if (m) { currency = code; text = text.slice(m[0].length).trim(); break; }
  }
  const lead = leadingNumber(text);
  if (!lead) return undefined;
  let rest = lead.rest;
  if (rest && !currency) {
    const code = /^(USD|EUR|GBP|JPY|CHF|dollars?|euros?|€|\$|£)$/i.exec(rest);
    if (!code) return undefined;
    const c = code[1].toLowerCase();
    currency = c.startsWith('dollar') || c === '$' ? 'USD' : c.startsWith('euro') || c === '€' ? 'EUR' : c === '£' ? 'GBP' : code[1].toUpperCase();
    rest = '';
  }
  return rest === '' ? { value: lead.value, currency } : undefined;
}

/** Money: `$25k`, `$2 billion`, `€1.5M`, `25000`, or a range such as `$25k–$40k`. Without a sign the currency is `fallback`. */
export function parseMoney(field: string, text: string, fallback = 'USD'): Result<Money> {
  let currency: string | undefined;
  const r = parseRangeWith(clean(text), (s) => {
    const m = money(s);
    if (!m) return undefined;
    if (m.currency && currency && m.currency !== currency) return undefined;
    currency = m.currency ?? currency;
    return m.value;
  });
  return r ? ok({ value: r, currency: currency ?? fallback }) : fail(field, text, 'invalid', 'expect.money');
}

/**
 * How a claim bounds the truth: `min` for "over", "at least" (the true figure is at least this),
 * `max` for "under", "up to", `approx` for "about", "nearly" or no qualifier.
 */
export type Qualifier = 'min' | 'max' | 'approx';

/** A figure as a story states it. */
export interface Claim {
  readonly text: string;
  readonly qualifier: Qualifier;
  /** `share`: a fraction (0.044 for "4.4 %") of a region's electricity, or of its data centres'. */
  readonly kind: 'energy' | 'power' | 'money' | 'flop' | 'count' | 'share';
  readonly value: number;
  readonly currency?: string;
  /**
   * For counts, what is counted, normalised: `homes`, `ev`, `reactors`, `gpus`, or the noun as written;
   * for shares, `share` (all electricity) or `datacentres`.
   */
  readonly noun?: string;
}

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:over|more than|above|at least|upwards of|in excess of|exceeding|exceeds|no less than|not less than|greater than|bigger than|larger than|>=?|≥)\s*/i, 'min'],
  [/^(?:under|less than|below|at most|up to|fewer than|no more than|not more than|as much as|<=?|≤)\s*/i, 'max'],
  [/^(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|close to|circa|ca\.|an estimated|estimated|exactly|precisely|~|≈)\s*/i, 'approx'],
];

// Words around the figure that carry no meaning for the check ("equivalent to powering over …").
const FILLER = /^(?:(?:equivalent to|the equivalent of|enough (?:electricity |energy )?(?:to power|for)|powering|power|costs?|costing|uses?|using|draws?|drawing|consumes?|consuming|of|a|an|is|was|and|el|la|le|die|ein|eine|un|une|una)\s+)+/i;

// "4.4 %", "4,4 Prozent", "a tenth": a share (the catalogs read "die Hälfte", "la moitié", "la mitad" as "half").
const PERCENT = /^(\S+)\s*(?:%|per ?cent|prozent|pour ?cent|por ?ciento)(?=\s|$)/i;
const PARTS: Readonly<Record<string, number>> = { half: 2, third: 3, quarter: 4, tenth: 10 };

const NOUNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bgpu[- ]?hours?\b/i, 'gpu-hours'],
  [/\b(?:days?|weeks?|months?)\b/i, 'days'],
  [/\b(?:t|tonnes?|tons?|metric tons?)(?: of)?(?: co2e?)?\b/i, 'tonnes'],
  [/\b(?:households?|homes?|houses?|dwellings?)\b/i, 'homes'],
  [/\b(?:electric (?:cars?|vehicles?)|evs?|cars?)\b/i, 'ev'],
  [/\breactors?\b/i, 'reactors'],
  [/\b(?:gpus?|accelerators?|chips?|[abh]\d{3}s?|gb\d{3}s?|mi\d{3}x?s?|h100-equivalents?)\b/i, 'gpus'],
];

/** A claim such as `over 34 million households`, `at least 370 GWh`, `about $2 billion`. */
export function parseClaim(field: string, text: string): Result<Claim> {
  let s = clean(text).replace(FILLER, '');
  let qualifier: Qualifier = 'approx';
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(s);
    if (m) { qualifier = q; s = s.slice(m[0].length).replace(FILLER, ''); break; }
  }
  const base = { text: clean(text), qualifier };
  const pct = PERCENT.exec(s);
  const part = /^(?:one\s+)?(\S+)/i.exec(s)?.[1].toLowerCase() ?? '';
  // Own keys only: "__proto__" or "constructor" is no fraction.
  const share = pct ? plainNumber(pct[1]) : Object.hasOwn(PARTS, part) ? 1 / PARTS[part] : undefined;
  if (share !== undefined && Number.isFinite(share)) {
    const noun = /data|datos|donn|rechenzentr/i.test(s) ? 'datacentres' : 'share';
    return ok({ ...base, kind: 'share', value: pct ? share / 100 : share, noun });
  }
  for (const kind of ['energy', 'power', 'flop'] as const) {
    const v = quantity(kind, s);
    if (v !== undefined) return ok({ ...base, kind, value: v });
  }
  const m = money(s);
  if (m && m.currency) return ok({ ...base, kind: 'money', value: m.value, currency: m.currency });
  // "136,000 t CO2": a "t" that names tonnes is not the trillion multiplier.
  const plain = leadingNumber(s, false);
  const lead = plain && /^(?:t|tonnes?|tons?)\b/i.test(plain.rest) ? plain : leadingNumber(s);
  if (lead && lead.value >= 0) {
    // "100,000+ H100s" is a lower bound written after the number.
    const plus = /^\+\s*/.exec(lead.rest);
    const rest = plus ? lead.rest.slice(plus[0].length) : lead.rest;
    const noun = NOUNS.find(([re]) => re.test(rest))?.[1] ?? (rest.toLowerCase() || undefined);
    // Durations are compared in days: "ten weeks" is 70 days, "three months" about 91.
    const scale = noun === 'days' ? (/\bweeks?\b/i.test(rest) ? 7 : /\bmonths?\b/i.test(rest) ? 365.25 / 12 : 1) : 1;
    return ok({ ...base, ...(plus ? { qualifier: 'min' as const } : {}), kind: 'count', value: lead.value * scale, ...(noun ? { noun } : {}) });
  }
  return fail(field, text, 'invalid', 'expect.claim');
}

/** One of a fixed set of keywords, compared case-insensitively. */
export function parseKeyword<T extends string>(field: string, text: string, allowed: readonly T[]): Result<T> {
  const v = clean(text).toLowerCase();
  const found = allowed.find((a) => a === v);
  return found ? ok(found) : fail(field, text, 'unknown', 'expect.oneOf', { list: allowed.join(', ') });
}

/** A comma- or space-separated list of keywords. */
export function parseKeywordList<T extends string>(field: string, text: string, allowed: readonly T[]): Result<T[]> {
  const items = clean(text).toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (items.length === 0) return fail(field, text, 'invalid', 'expect.oneOf', { list: allowed.join(', ') });
  const bad = items.find((i) => !allowed.includes(i as T));
  if (bad !== undefined) return fail(field, text, 'unknown', 'expect.oneOf', { list: allowed.join(', ') });
  return ok([...new Set(items)] as T[]);
}
