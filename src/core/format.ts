// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Locale-aware formatting for prose. Figures are rounded to three significant digits: every input
// here is an estimate, and "34,288 homes" suggests a precision the sources do not have.

import type { Assumption } from './assumptions.js';
import { formatEnglish, formatEnglishRange, writes, type EnglishOptions } from './format-en.js';
import { isPoint, mul, type Range } from './range.js';

const cache = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`; an unsupported locale falls back to English instead of throwing. */
function intlFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let nf = cache.get(key);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale, options);
    } catch {
      nf = new Intl.NumberFormat('en', options);
    }
    cache.set(key, nf);
  }
  return nf;
}

/** Significant digits for single figures in prose. */
const DIGITS = 3;

/** One number for prose, with digit options or the compact words: English by format-en.ts, without Intl's start-up. */
function formatOne(locale: string, options: EnglishOptions, x: number): string {
  return writes(locale, [x]) ? formatEnglish(x, options) : intlFormat(locale, options).format(x);
}

/** Two numbers, as a range when they differ once formatted. */
function formatPair(locale: string, options: EnglishOptions, low: number, high: number): string {
  const a = formatOne(locale, options, low);
  // formatRange shares the unit and compact suffix ("2.5–4 billion"); every engine has had it since 2023.
  return a === formatOne(locale, options, high) ? a
    : writes(locale, [low, high], true) ? formatEnglishRange(low, high, options) : intlFormat(locale, options).formatRange(low, high);
}

const safe = (x: number) => (Number.isFinite(x) ? x : 0);

/** A range's bounds are themselves uncertain: two significant digits say so, three would be noise. */
const rangeDigits = (r: Range, digits: number) => (isPoint(r) ? digits : Math.min(digits, 2));

/**
 * A count or plain figure for prose: `34,300`, `34.3 million` (`34.300`, `34,3 Millionen` in
 * German). Compact words start at a million, where digits stop being readable.
 */
export function formatNumber(value: number | Range, locale: string, digits = DIGITS): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  const big = Math.max(Math.abs(r.low), Math.abs(r.high)) >= 1e6;
  return formatPair(locale, big
    ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: rangeDigits(r, digits) }
    : { maximumSignificantDigits: rangeDigits(r, digits) }, safe(r.low), safe(r.high));
}

/**
 * A count an author wrote, such as a number of GPUs: as written below a million (`16,384`, not
 * the prose rounding `16,400`), in words above it.
 */
export function formatCount(value: number | Range, locale: string): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  return Math.max(Math.abs(r.low), Math.abs(r.high)) >= 1e6 || !Number.isInteger(r.low) || !Number.isInteger(r.high)
    ? formatNumber(r, locale)
    : formatPair(locale, {}, r.low, r.high);
}

/** A share as a percentage: `60%`, `50–90%` (`60 %` in German); tiny shares keep two significant digits. */
export function formatPercent(value: number | Range, locale: string): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  const tiny = Math.abs(r.high) < 0.01;
  const huge = Math.abs(r.high) >= 10;
  const digits: Intl.NumberFormatOptions = tiny || huge ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 0 };
  const low = safe(r.low), high = safe(r.high);
  if (writes(locale, [low, high])) {
    const single = formatEnglish(high, { style: 'percent', ...digits });
    return formatEnglish(low, { style: 'percent', ...digits }) === single ? single : `${formatPair(locale, digits, low * 100, high * 100)}%`;
  }
  const pf = intlFormat(locale, { style: 'percent', ...digits });
  const single = pf.format(high);
  if (pf.format(low) === single) return single;
  // Intl writes "50% – 90%"; prose writes "50–90%" ("50–90 %" in German): the number range
  // goes where the single number stood, keeping the locale's sign and spacing.
  const parts = pf.formatToParts(high);
  const numeric = (t: string) => ['integer', 'group', 'decimal', 'fraction'].includes(t);
  const first = parts.findIndex((p) => numeric(p.type));
  let last = first;
  while (last + 1 < parts.length && numeric(parts[last + 1].type)) last++;
  const numbers = formatPair(locale, digits, low * 100, high * 100);
  const text = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  return first < 0 ? single : text(0, first) + numbers + text(last + 1, parts.length);
}

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E'] as const;

/**
 * A quantity with an SI prefix chosen by magnitude: `370 GWh`, `1.2 TWh`, `1.1–1.3 TWh`, `42.2 MW`.
 * The prefix is chosen from the larger bound so both bounds share it.
 */
export function formatUnit(value: number | Range, unit: string, locale: string, digits = DIGITS): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  const top = Math.max(Math.abs(safe(r.low)), Math.abs(safe(r.high)));
  const sig = rangeDigits(r, digits);
  let exp = top >= 1 ? Math.min(PREFIXES.length - 1, Math.floor(Math.log10(top) / 3 + 1e-9)) : 0;
  // 999.9 GWh rounds to "1,000 GWh"; move to the next prefix so it reads "1 TWh".
  if (exp < PREFIXES.length - 1 && Number((top / 10 ** (exp * 3)).toPrecision(sig)) >= 1000) exp++;
  const div = 10 ** (exp * 3);
  // A narrow no-break space keeps "370 GWh" on one line, as SI style asks.
  return `${formatPair(locale, { maximumSignificantDigits: sig }, safe(r.low) / div, safe(r.high) / div)}\u202f${PREFIXES[exp]}${unit}`;
}

/**
 * Money for prose: `$25,000`, `$2.5 billion`, `$2.5–4 billion`; in German `2,5 Mrd. $`.
 * `long` (English by default) spells out the magnitude word where the short form is a bare letter ("B").
 */
export function formatMoney(value: number | Range, currency: string, locale: string, long = /^en\b/i.test(locale)): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  // `|| 0`: -0 would otherwise print as "-$0".
  const low = safe(r.low) || 0, high = safe(r.high) || 0;
  // Remembered: a card writes the same amounts on every render (chart ticks, parts, headline), and
  // Intl's compact currency ranges are slow enough to be most of a cost card's render.
  const key = JSON.stringify([low, high, currency, locale, long]);
  let text = moneyCache.get(key);
  if (text === undefined) {
    if (moneyCache.size > 500) moneyCache.clear();
    moneyCache.set(key, text = moneyText(low, high, currency, locale, long));
  }
  return text;
}

const moneyCache = new Map<string, string>();

function moneyText(low: number, high: number, currency: string, locale: string, long: boolean): string {
  const big = Math.max(Math.abs(low), Math.abs(high)) >= 1e6;
  if (currency === 'USD' && (long || !big) && writes(locale, [low, high], true)) {
    return formatEnglishRange(low, high, big ? { notation: 'compact', maximumSignificantDigits: 2 } : { maximumSignificantDigits: 3 }, true);
  }
  const options: Intl.NumberFormatOptions = big
    ? { style: 'currency', currency, notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 2 }
    : { style: 'currency', currency, maximumSignificantDigits: 3 };
  let nf: Intl.NumberFormat;
  try {
    nf = intlFormat(locale, options);
    nf.format(0);
  } catch {
    nf = intlFormat(locale, { ...options, currency: 'USD' });
  }
  const words = big && CURRENCY_WORDS[locale.slice(0, 2).toLowerCase()]?.[currency];
  if (words) return wordsMoney(low, high, words, locale);
  if (!big || !long) return nf.format(low) === nf.format(high) ? nf.format(low) : nf.formatRange(low, high);
  // Intl has no long compact form for currencies; borrow each bound's word ("billion") from the
  // plain number's long compact form.
  // Rounded as the amount is, so $995 million, shown as "$1B", becomes "$1 billion", not "$1 million".
  const word = (v: number) => intlFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 })
    .formatToParts(v).find((p) => p.type === 'compact')?.value;
  const single = nf.format(low) === nf.format(high);
  const parts = single
    ? nf.formatToParts(high).map((p) => ({ ...p, source: 'shared' }))
    : nf.formatRangeToParts(low, high);
  return parts.map((p) => {
    if (p.type !== 'compact') return p.value;
    const w = word(p.source === 'startRange' ? low : high);
    return w ? `\u00a0${w}` : p.value;
  }).join('').replace(/\s+\u00a0/g, '\u00a0');
}

// French and Spanish newsrooms spell large amounts out: "2,5 milliards de dollars",
// "2.500 millones de dólares" (Spanish counts thousands of millions, not "mil millones", in money).
const CURRENCY_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fr: { USD: 'de dollars', EUR: 'd’euros', GBP: 'de livres sterling', CHF: 'de francs suisses', JPY: 'de yens' },
  es: { USD: 'de dólares', EUR: 'de euros', GBP: 'de libras esterlinas', CHF: 'de francos suizos', JPY: 'de yenes' },
};

function wordsMoney(low: number, high: number, words: string, locale: string): string {
  const digits = { maximumSignificantDigits: 2 };
  if (/^es/i.test(locale) && Math.max(Math.abs(low), Math.abs(high)) < 1e12) {
    return `${formatPair(locale, { ...digits, useGrouping: 'always' } as Intl.NumberFormatOptions, low / 1e6, high / 1e6)} millones ${words}`;
  }
  return `${formatPair(locale, { ...digits, notation: 'compact', compactDisplay: 'long' }, low, high)} ${words}`;
}

/** A multiplication factor for verdicts: `2.5`, `30`, `1,000` (snapped to a power of ten within 5%). */
export function formatFactor(factor: number, locale: string): string {
  const f = safe(factor);
  const pow = 10 ** Math.round(Math.log10(Math.max(f, 1e-300)));
  const snapped = f >= 10 && Math.abs(f / pow - 1) < 0.05 ? pow : f;
  return formatOne(locale, snapped < 10 ? { maximumFractionDigits: 1 } : { maximumSignificantDigits: 2 }, snapped);
}

const versions = new Map<string, string>();

/** "November 2026" for a figures version `2026-11`, in the reader's language. */
export function formatVersion(version: string, locale: string): string {
  const [y, m] = version.split('-').map(Number);
  if (!(y > 0 && m >= 1 && m <= 12)) return version;
  const key = `${locale}|${version}`;
  let text = versions.get(key);
  if (text === undefined) {
    try {
      text = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
    } catch {
      text = version;
    }
    versions.set(key, text);
  }
  return text;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A very large figure in scientific notation for prose: `3.8 × 10²⁵`, `3.8–4.4 × 10²⁵`
 * (`3,8 × 10²⁵` in German). Both bounds share the larger bound's power of ten.
 */
export function formatScientific(value: number | Range, locale: string): string {
  const r = typeof value === 'number' ? { low: value, mid: value, high: value } : value;
  const top = Math.max(Math.abs(safe(r.low)), Math.abs(safe(r.high)));
  if (top < 1e6) return formatNumber(r, locale);
  let exp = Math.floor(Math.log10(top));
  const sig = rangeDigits(r, 2);
  if (Number((top / 10 ** exp).toPrecision(sig)) >= 10) exp++;
  const power = String(exp).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return `${formatPair(locale, { maximumSignificantDigits: sig }, safe(r.low) / 10 ** exp, safe(r.high) / 10 ** exp)}\u00a0×\u00a010${power}`;
}

/** An assumption's value as a reader reads it, by its unit; money in `currency` at `rate` per USD. */
export function formatAssumption(a: Pick<Assumption, 'value' | 'unit'>, locale: string, currency = 'USD', rate = 1): string {
  const money = (r: Range) => formatMoney(mul(r, rate), currency, locale);
  switch (a.unit) {
    case 'Wh': case 'W': case 'FLOP/s': return formatUnit(a.value, a.unit, locale);
    case '%': return formatPercent(a.value, locale);
    case '×': return `${formatNumber(a.value, locale)}×`;
    case 'h': return `${formatNumber(a.value, locale)} h`;
    case 'GPUs': return formatCount(a.value, locale);
    case 'USD': return money(a.value);
    case 'USD/kWh': return `${money(a.value)}/kWh`;
    default: return formatNumber(a.value, locale);
  }
}
