// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English numbers without Intl. The first Intl.NumberFormat a page creates costs 25–130 ms in
// Chromium (ICU loading its number data), more than a whole card's render, and most pages are
// English. These functions write exactly what Intl writes for `en` and `en-US` with the few
// options format.ts uses (tests compare them with Intl in every engine); anything else goes to Intl.

/** Options this module writes: significant or fraction digits, percent, and the compact form (words, as with `compactDisplay: 'long'`). */
export type EnglishOptions = Pick<Intl.NumberFormatOptions, 'maximumSignificantDigits' | 'maximumFractionDigits' | 'notation' | 'compactDisplay' | 'style'>;

const WORDS = ['', ' thousand', ' million', ' billion', ' trillion'];

/**
 * |x| rounded half away from zero, as Intl does on the number's shortest decimal form (so 0.0145
 * is 1.45 %, not 1.4499… %): [digits without trailing zeros, exponent e], |x| = 0.digits × 10^e.
 */
function rounded(x: number, o: EnglishOptions, shift = 0): [string, number] {
  const [m, p] = Math.abs(x).toExponential().split('e');
  let d = x ? m.replace('.', '') : '';
  let e = +p + 1 + shift;
  const keep = o.maximumSignificantDigits ?? e + (o.maximumFractionDigits ?? 3);
  if (d.length > keep) {
    const up = d[keep] >= '5';
    d = keep > 0 ? d.slice(0, keep) : '';
    if (up) {
      // Add one in the last kept place: strip the trailing nines, raise the digit before them.
      const nines = /9*$/.exec(d)![0].length;
      d = d.slice(0, d.length - nines);
      if (d) d = d.slice(0, -1) + (+d.slice(-1) + 1);
      else { d = '1'; e += keep > 0 ? 1 : 1 - keep; }
    }
  }
  d = d.replace(/0+$/, '');
  return d ? [d, e] : ['', 1];
}

/** Digits and exponent as plain English: `34,300`, `0.012`, `1.5`. */
function plain([d, e]: [string, number]): string {
  const int = e > 0 ? d.slice(0, e).padEnd(e, '0') : '0';
  const frac = e >= 0 ? d.slice(e) : '0'.repeat(-e) + d;
  return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '');
}

/** [sign and number, compact word]: `["34.3", " million"]`; the word is empty below a thousand or without `notation: 'compact'`. */
function split(x: number, o: EnglishOptions): [string, string] {
  const r = rounded(x, o, o.style === 'percent' ? 2 : 0);
  const k = o.notation === 'compact' && r[0] ? Math.max(0, Math.floor((r[1] - 1) / 3)) : 0;
  // 1 / x is negative for -0 too, which Intl writes as "-0".
  const sign = 1 / x < 0 ? '-' : '';
  return [sign + plain([r[0], r[1] - 3 * k]) + (o.style === 'percent' ? '%' : ''), WORDS[k]];
}

/**
 * Whether this module writes `xs` in `locale` as Intl would: `en` and `en-US` (British English
 * groups alike, but writes "US$"), up to 100 trillion, where the compact words end, and in ranges
 * only bounds of zero or more (Intl's spacing around signs is its own).
 */
export const writes = (locale: string, xs: readonly number[], range?: boolean) =>
  /^en(-us)?$/i.test(locale) && xs.every((x) => Math.abs(x) < 1e14 && (!range || 1 / x > 0));

/** `x` as Intl.NumberFormat('en', o).format(x) writes it. */
export function formatEnglish(x: number, o: EnglishOptions): string {
  return split(x, o).join('');
}

/**
 * A range as Intl's formatRange writes it in English. A shared word is written once and a first
 * bound without one needs no spaces ("2.5–4 billion", "500–2 million"); otherwise the dash is
 * spaced ("500 million – 2 billion"). `$` always precedes both bounds ("$25,000 – $40,000"), and
 * money writes its word after a no-break space ("$2.5–4 billion").
 */
export function formatEnglishRange(low: number, high: number, o: EnglishOptions, money?: boolean): string {
  const [a, u] = split(low, o);
  const [b, v] = split(high, o);
  const $ = money ? '$' : '';
  const w = (word: string) => (money ? word.replace(' ', '\u00a0') : word);
  return low === high || a + u === b + v ? $ + b + w(v)
    : (u ? u === v : !money) ? `${$}${a}–${b}${w(v)}` : `${$}${a}${w(u)} – ${$}${b}${w(v)}`;
}
