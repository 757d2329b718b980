// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Reading the attributes every calculator shares. Each reader returns the author's value, or
// records an issue and returns undefined so the calculator falls back to its sourced default.

import { figuresAsOf, latestFigures, figureSets, type Accelerator, type FigureSet, type Region } from './data/index.js';
import { fail, ok, type Issue, type Result } from './issues.js';
import { clean, parseClaim, parseFraction, parseKeyword, parseNumberRange, parseQuantity, type Claim } from './parse.js';
import { delocalize } from './words.js';
import type { Range } from './range.js';

/** Attribute values as an author wrote them; absent or empty means "use the default". */
export type Attributes = Readonly<Record<string, string | null | undefined>>;

/** Collects issues while reading attributes. */
export class Reader {
  readonly issues: Issue[] = [];

  /** The language attributes are read in (`locale`, e.g. `de`): decimal commas, magnitude and claim words. */
  readonly locale: string;

  constructor(readonly attrs: Attributes) {
    this.locale = attrs.locale?.trim() || 'en';
  }

  /** The attribute's text, or undefined when absent or blank. */
  text(name: string): string | undefined {
    const v = this.attrs[name];
    return v === null || v === undefined || v.trim() === '' ? undefined : v;
  }

  /** Parses and checks one attribute; an issue is recorded and `undefined` returned when it fails. */
  read<T>(name: string, parse: (field: string, text: string) => Result<T>, ...checks: Array<(v: T, text: string) => Result<T>>): T | undefined {
    const text = this.text(name);
    if (text === undefined) return undefined;
    // Read in the element's language; issues still quote the author's own text.
    const english = delocalize(text, this.locale);
    if (english === undefined) {
      this.issues.push({ field: name, value: text, code: 'ambiguous', expected: 'expect.unambiguous' });
      return undefined;
    }
    let r = parse(name, english);
    if (!r.ok && english !== text) r = { ok: false, issue: { ...r.issue, value: text } };
    for (const check of checks) if (r.ok) r = check(r.value, text);
    if (!r.ok) {
      this.issues.push(r.issue);
      return undefined;
    }
    return r.value;
  }

  /** Records an issue found while combining attributes. */
  report(issue: Issue): void {
    this.issues.push(issue);
  }
}

/** A check that every bound of a range lies within [min, max] (max optional). */
export const within = (field: string, min: number, max = Infinity, exclusiveMin = false) =>
  (v: Range, text: string): Result<Range> => {
    const lowOk = exclusiveMin ? v.low > min : v.low >= min;
    if (lowOk && v.high <= max && Number.isFinite(v.high)) return ok(v);
    const expected = max === Infinity ? (exclusiveMin && min === 0 ? 'expect.positive' : 'expect.atLeast') : 'expect.between';
    return fail(field, text, 'out-of-range', expected, max === Infinity ? { min } : { min, max });
  };

/** The figure set named by `as-of`, else the newest. */
export function readFigures(r: Reader): FigureSet {
  const text = r.text('as-of');
  if (text === undefined) return latestFigures;
  const set = figuresAsOf(text);
  if (set) return set;
  r.report({ field: 'as-of', value: text, code: 'unknown', expected: 'expect.asOf', params: { list: figureSets.map((s) => s.version).join(', ') } });
  return latestFigures;
}

/** Accelerators whose rated power is published, the ones an energy estimate can use. */
export const poweredAccelerators = (f: FigureSet): Accelerator[] => Object.values(f.accelerators).filter((a) => a.tdp !== null);

/** The `gpu` attribute as a catalog entry; `fallback` when absent or invalid. */
export function readAccelerator(r: Reader, f: FigureSet, fallback: string, needPower = false): Accelerator {
  const text = r.text('gpu');
  const ids = (needPower ? poweredAccelerators(f) : Object.values(f.accelerators)).map((a) => a.id);
  const id = text === undefined ? fallback : r.read('gpu', (field, t) => {
    const found = parseKeyword(field, t, ids);
    return found.ok ? found : fail(field, t, 'unknown', needPower ? 'expect.gpuPower' : 'expect.oneOf', { list: ids.join(', ') });
  });
  return f.accelerators[id ?? fallback];
}

/** `watts`, rated power per accelerator: `1000`, `1,000`, `1 kW`, `900-1000`; above 0, at most 10 kW. */
export const readWatts = (r: Reader): Range | undefined =>
  r.read('watts', (n, t) => {
    const plain = parseNumberRange(n, t);
    return plain.ok ? plain : parseQuantity(n, t, 'power');
  }, within('watts', 0, 10_000, true));

/**
 * The `gpu` and `watts` attributes of an element that needs power: the accelerator, the author's
 * rated power if given, and whether the accelerator is the author's own. An accelerator whose
 * maker publishes no power (TPUs, Trainium) needs `watts`; without it an issue names `watts` and
 * the default accelerator stands in, as for an unknown id.
 */
export function readPoweredAccelerator(r: Reader, f: FigureSet): { gpu: Accelerator; watts?: Range; own: boolean } {
  const chosen = readAccelerator(r, f, f.seed.gpu);
  const watts = readWatts(r);
  const own = r.text('gpu') !== undefined && !r.issues.some((i) => i.field === 'gpu');
  if (!chosen.tdp && !watts) {
    r.report({ field: 'watts', value: r.text('watts') ?? '', code: 'missing', expected: 'expect.watts', params: { gpu: chosen.name } });
    return { gpu: f.accelerators[f.seed.gpu], own: false };
  }
  return { gpu: chosen, own, ...(watts ? { watts } : {}) };
}

/** The `region` attribute; `fallback` (the US) when absent or invalid. */
export function readRegion(r: Reader, f: FigureSet, fallback = 'us'): Region {
  const id = r.read('region', (field, t) => parseKeyword(field, t, Object.keys(f.regions)));
  return f.regions[id ?? fallback];
}

/** A count or amount above zero, e.g. `gpus`: `100000`, `100k`, `50k-100k`. */
export const readCount = (r: Reader, name: string): Range | undefined =>
  r.read(name, parseNumberRange, within(name, 0, Infinity, true));

/** A share between 0 (exclusive) and 1, e.g. `utilization`. */
export const readShare = (r: Reader, name: string): Range | undefined =>
  r.read(name, parseFraction, within(name, 0, 1, true));

/** A multiplier of at least 1 (PUE, server overhead), at most `max`. */
export const readMultiplier = (r: Reader, name: string, max: number): Range | undefined =>
  r.read(name, parseNumberRange, within(name, 1, max));

/** The `claim` attribute; a claim of zero or less, or a share over 100 %, says nothing a verdict could weigh. */
export function readClaim(r: Reader): Claim | undefined {
  const claim = r.read('claim', parseClaim, (c, text) => (c.kind === 'share'
    ? (c.value > 0 && c.value <= 1 ? ok(c) : fail('claim', text, 'out-of-range', 'expect.between', { min: '0 %', max: '100 %' }))
    : c.value > 0 ? ok(c) : fail('claim', text, 'out-of-range', 'expect.claim')));
  // The verdict quotes the claim as the author wrote it, not its English reading.
  return claim && { ...claim, text: clean(r.text('claim')!) };
}
