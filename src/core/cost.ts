// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What a GPU cluster costs to buy and to run. Capital cost grows outward from the chips: the
// rest of the servers, then the cluster's network and storage, each a sourced multiplier.
// Running cost is the power model's energy (the same as <power-equivalence> shows) × price.

import { regionName } from './messages/index.js';
import { latestFigures, type Accelerator, type FigureSet } from './data/index.js';
import {
  Reader, readClaim, readCount, readFigures, readMultiplier, readPoweredAccelerator, readRegion, readShare, within, type Attributes,
} from './inputs.js';
import { fail, ok, type Issue, type Result } from './issues.js';
import { parseKeyword, parseMoney, parseNumberRange, type Claim } from './parse.js';
import { sensitivityOf, type Assumption } from './assumptions.js';
import { withOverrides, type Calculation, type Overrides } from './calculation.js';
import { checkClaim, type Verdict } from './claim.js';
import { estimatePower, type PowerEstimate } from './power.js';
import { add, div, mul, toRange, type Range } from './range.js';

export const SCOPES = ['chips', 'servers', 'cluster'] as const;
/** How much of the cluster to count: the chips alone, whole servers, or servers plus network and storage. */
export type Scope = (typeof SCOPES)[number];

export interface CostInput {
  readonly gpus?: number | Range;
  readonly gpu?: string;
  /** Rated power per accelerator, W (see `PowerInput.watts`). */
  readonly watts?: number | Range;
  /** Price per accelerator, USD; defaults to the catalog's sourced range where one exists. */
  readonly price?: number | Range;
  readonly scope?: Scope;
  /** Years of operation to add running cost for; 0 counts purchase only. */
  readonly years?: number | Range;
  /** USD per kWh; defaults to the region's sourced industrial price. */
  readonly electricityPrice?: number | Range;
  readonly region?: string;
  readonly utilization?: number | Range;
  readonly overhead?: number | Range;
  readonly pue?: number | Range;
  readonly figures?: FigureSet;
}

export type CostPartId = 'chips' | 'servers' | 'network' | 'electricity';

/** One part of the cost, USD. */
export interface CostPart {
  readonly id: CostPartId;
  readonly value: Range;
}

export interface CostEstimate {
  readonly gpus: Range;
  readonly gpu: Accelerator;
  readonly scope: Scope;
  readonly years: Range;
  /** Price per accelerator used, USD; undefined where no sourced price exists and none was given. */
  readonly price?: Range;
  readonly parts: readonly CostPart[];
  /** Purchase cost for the scope; undefined without a price. */
  readonly capex?: Range;
  /** Electricity over `years`; undefined when `years` is 0 or no electricity price is known. */
  readonly running?: Range;
  /** Capex plus running cost, or whichever of them is known. */
  readonly total?: Range;
  /** Capex per accelerator, USD. */
  readonly perGpu?: Range;
  /** The power model behind the running cost. */
  readonly power: PowerEstimate;
  /** Energy over `years`, Wh. */
  readonly energyWh: Range;
  readonly assumptions: readonly Assumption[];
  readonly sensitivity?: { readonly id: string; readonly low: number; readonly high: number };
  readonly figuresVersion: string;
}

/**
 * Estimates the cost of a cluster: GPUs × price × server multiplier × network multiplier (as far
 * as `scope` reaches), plus electricity for `years`. Throws a RangeError only for an unknown id.
 */
export function estimateClusterCost(input: CostInput = {}): CostEstimate {
  const f = input.figures ?? latestFigures;
  const gpu = f.accelerators[input.gpu ?? f.seed.gpu];
  if (!gpu) throw new RangeError(`invalid gpu: ${input.gpu}`);
  const region = f.regions[input.region ?? 'us'];
  if (!region) throw new RangeError(`invalid region: ${input.region}`);
  const scope = input.scope ?? 'chips';
  const gpus = toRange(input.gpus ?? f.seed.gpus.value);
  const years = toRange(input.years ?? 0);
  const own = (v: unknown) => v !== undefined;
  const price = input.price !== undefined ? toRange(input.price) : gpu.price?.value;
  const assumptions: Assumption[] = [
    { id: 'gpus', value: gpus, unit: 'GPUs', overridden: own(input.gpus), factor: true, ...(own(input.gpus) ? {} : { source: f.seed.gpus.source }) },
  ];
  const parts: CostPart[] = [];
  let capex: Range | undefined;
  if (price) {
    assumptions.push({ id: 'price', value: price, unit: 'USD', overridden: own(input.price), factor: true, ...(own(input.price) || !gpu.price ? {} : { source: gpu.price.source }) });
    const chips = mul(gpus, price);
    parts.push({ id: 'chips', value: chips });
    capex = chips;
    if (scope !== 'chips') {
      assumptions.push({ id: 'serverCost', value: f.serverCost.value, unit: '×', overridden: false, factor: true, source: f.serverCost.source });
      const servers = mul(chips, f.serverCost.value);
      parts.push({ id: 'servers', value: mul(chips, minusOne(f.serverCost.value)) });
      capex = servers;
      if (scope === 'cluster') {
        assumptions.push({ id: 'networkCost', value: f.networkCost.value, unit: '×', overridden: false, factor: true, source: f.networkCost.source });
        parts.push({ id: 'network', value: mul(servers, minusOne(f.networkCost.value)) });
        capex = mul(servers, f.networkCost.value);
      }
    }
  }
  const power = estimatePower({
    gpus, region: region.id, figures: f, hours: mul(years.high > 0 ? years : 1, f.hoursPerYear),
    ...(input.gpu !== undefined ? { gpu: input.gpu } : {}), ...(input.watts !== undefined ? { watts: input.watts } : {}),
    ...(input.utilization !== undefined ? { utilization: input.utilization } : {}),
    ...(input.overhead !== undefined ? { overhead: input.overhead } : {}),
    ...(input.pue !== undefined ? { pue: input.pue } : {}),
  });
  const electricityPrice = input.electricityPrice !== undefined ? toRange(input.electricityPrice) : region.electricityUsdPerKwh?.value;
  let running: Range | undefined;
  const energyWh = years.high > 0 ? power.energyWh : mul(power.energyWh, 0);
  if (years.high > 0 && electricityPrice !== undefined) {
    running = mul(div(energyWh, 1000), electricityPrice);
    parts.push({ id: 'electricity', value: running });
    assumptions.push(
      { id: 'years', value: years, unit: 'years', overridden: own(input.years), factor: true },
      { id: 'electricityPrice', value: toRange(electricityPrice), unit: 'USD/kWh', overridden: own(input.electricityPrice), factor: true, ...(own(input.electricityPrice) || !region.electricityUsdPerKwh ? {} : { source: region.electricityUsdPerKwh.source }) },
      ...power.assumptions.filter((a) => RUNNING.includes(a.id) && a.id !== 'years' && a.id !== 'electricityPrice'),
    );
  }
  const total = capex && running ? add(capex, running) : capex ?? running;
  return {
    gpus, gpu, scope, years, parts, power, energyWh, assumptions, figuresVersion: f.version,
    ...(price ? { price } : {}), ...(capex ? { capex, perGpu: perUnit(capex, gpus) } : {}), ...(running ? { running } : {}), ...(total ? { total } : {}),
    // Price and the cost multipliers scale the purchase, the power assumptions the electricity,
    // and the GPU count both.
    ...(total ? sensitivityOf(total, assumptions, (id) => (id === 'gpus' ? total.mid : RUNNING.includes(id) ? running?.mid ?? 0 : capex?.mid ?? 0)) : {}),
  };
}

/** Bound-by-bound quotient: capex was built bound by bound from the GPU count, so this undoes it exactly. */
const perUnit = (total: Range, count: Range): Range => ({ low: total.low / count.low, mid: total.mid / count.mid, high: total.high / count.high });

/** Assumptions that scale the running cost rather than the purchase. */
const RUNNING = ['years', 'electricityPrice', 'tdp', 'overhead', 'utilization', 'pue'];

/** A cost multiplier's addition alone: 1.64× the chips means the rest of the server is 0.64×. */
const minusOne = (r: Range): Range => ({ low: r.low - 1, mid: r.mid - 1, high: r.high - 1 });

/** Parsed attributes of `<gpu-cluster-cost>`. */
export interface CostAttributes {
  readonly input: CostInput;
  /** Display currency and USD→currency rate (1 for USD). */
  readonly currency: string;
  readonly rate: number;
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** An ISO 4217 code that Intl can format. */
export function parseCurrency(field: string, text: string): Result<string> {
  const code = text.trim().toUpperCase();
  if (ISO_CURRENCY.test(code)) {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: code });
      return ok(code);
    } catch { /* falls through to the issue */ }
  }
  return fail(field, text, 'invalid', 'expect.currency');
}

/** An electricity price per kWh: `0.08`, `$0.08`, `$0.08/kWh`, `8 ¢/kWh`, `8 cents`. */
export function parseEnergyPrice(field: string, text: string, currency: string): Result<{ value: Range; currency: string }> {
  const bare = text.replace(/\s*(?:\/|per)\s*kwh\s*$/i, '').trim();
  const cents = /^(.*?)\s*(?:¢|cents?)$/i.exec(bare);
  if (cents) {
    const n = parseNumberRange(field, cents[1]);
    return n.ok ? ok({ value: mul(n.value, 0.01), currency: 'USD' }) : fail(field, text, 'invalid', 'expect.energyPrice');
  }
  const m = parseMoney(field, bare, currency);
  return m.ok ? ok(m.value) : fail(field, text, 'invalid', 'expect.energyPrice');
}

/**
 * Reads `currency` and `exchange-rate` (units of the currency per US dollar). Without a usable rate
 * amounts stay in US dollars, and the missing rate is reported once.
 */
export function readCurrency(r: Reader): { currency: string; rate: number } {
  const currency = r.read('currency', parseCurrency) ?? 'USD';
  const rate = r.read('exchange-rate', parseNumberRange, within('exchange-rate', 0, Infinity, true));
  if (currency === 'USD') return { currency, rate: 1 };
  if (rate) return { currency, rate: rate.mid };
  if (r.text('exchange-rate') === undefined) {
    r.report({ field: 'exchange-rate', value: '', code: 'missing', expected: 'expect.exchangeRate', params: { currency } });
  }
  return { currency: 'USD', rate: 1 };
}

/**
 * Reads `<gpu-cluster-cost>`'s attributes. Prices written in the display currency are converted
 * to USD with `exchange-rate` (currency units per USD); without a rate only USD can be used.
 */
export function readCostAttributes(attrs: Attributes): CostAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const gpus = readCount(r, 'gpus');
  const { gpu, watts, own: ownGpu } = readPoweredAccelerator(r, figures);
  const { currency, rate } = readCurrency(r);
  // Converts an amount the author wrote to USD; an amount in a currency we have no rate for is refused.
  const toUsd = (field: string, text: string, m: { value: Range; currency: string }): Range | undefined => {
    if (m.currency === 'USD') return m.value;
    if (m.currency === currency) return div(m.value, rate);
    r.report({ field, value: text, code: 'unsupported', expected: 'expect.moneyCurrency', params: { currency } });
    return undefined;
  };
  const priceText = r.text('price');
  const priceMoney = r.read('price', (n, t) => parseMoney(n, t, currency), (m, t) =>
    m.value.low > 0 ? ok(m) : fail('price', t, 'out-of-range', 'expect.positive'));
  const price = priceMoney && priceText ? toUsd('price', priceText, priceMoney) : undefined;
  if (!price && !priceText && !gpu.price) {
    r.report({ field: 'price', value: '', code: 'missing', expected: 'expect.priceNeeded', params: { gpu: gpu.name } });
  }
  const scope = r.read('scope', (n, t) => parseKeyword(n, t, SCOPES));
  const years = r.read('years', parseNumberRange, within('years', 0, 100));
  const region = readRegion(r, figures);
  const epText = r.text('electricity-price');
  const epMoney = r.read('electricity-price', (n, t) => parseEnergyPrice(n, t, currency));
  let electricityPrice = epMoney && epText ? toUsd('electricity-price', epText, epMoney) : undefined;
  // Checked in US dollars, after conversion: no grid anywhere charges $10 per kWh.
  if (electricityPrice && epText && !(electricityPrice.low > 0 && electricityPrice.high < 10)) {
    r.report({ field: 'electricity-price', value: epText, code: 'out-of-range', expected: 'expect.energyPrice' });
    electricityPrice = undefined;
  }
  if (years && years.high > 0 && !electricityPrice && !epText && !region.electricityUsdPerKwh) {
    r.report({ field: 'electricity-price', value: '', code: 'missing', expected: 'expect.energyPriceNeeded', params: { region: regionName(r.locale, region.id, region.name) } });
  }
  const utilization = readShare(r, 'utilization');
  const overhead = readMultiplier(r, 'overhead', 5);
  const pue = readMultiplier(r, 'pue', 3);
  const claim = readClaim(r);
  const input: CostInput = {
    figures, region: region.id, ...(ownGpu ? { gpu: gpu.id } : {}), ...(watts ? { watts } : {}), ...(gpus ? { gpus } : {}), ...(price ? { price } : {}),
    ...(scope ? { scope } : {}), ...(years ? { years } : {}), ...(electricityPrice ? { electricityPrice } : {}),
    ...(utilization ? { utilization } : {}), ...(overhead ? { overhead } : {}), ...(pue ? { pue } : {}),
  };
  return { input, currency, rate, issues: r.issues, ...(claim ? { claim } : {}) };
}

/** The claim's amount in USD, or undefined when it is not money in USD or the display currency. */
export function claimUsd(claim: Claim, currency: string, rate: number): number | undefined {
  if (claim.kind !== 'money') return undefined;
  if (claim.currency === 'USD') return claim.value;
  return claim.currency === currency ? claim.value / rate : undefined;
}

/** What `<gpu-cluster-cost>` shows: the cost model's result in USD, the display currency and rate, and the claim check. */
export interface GpuClusterCostEstimate extends CostEstimate {
  readonly currency: string;
  /** Display-currency units per USD. */
  readonly rate: number;
  readonly verdict?: Verdict;
}

/** `<gpu-cluster-cost>` from its attributes and the reader's overrides (`gpus`, `price`, `years`). */
export function calculateCost(attrs: Attributes, overrides: Overrides = {}): Calculation<GpuClusterCostEstimate> {
  const parsed = readCostAttributes(attrs);
  const issues = [...parsed.issues];
  const estimate = estimateClusterCost(withOverrides(parsed.input, overrides, ['gpus', 'price', 'years']));
  let verdict: Verdict | undefined;
  if (parsed.claim) {
    const usd = claimUsd(parsed.claim, parsed.currency, parsed.rate);
    // A price claim speaks of what the cluster costs: without a purchase cost there is nothing to check.
    if (usd !== undefined && estimate.capex && estimate.total) verdict = checkClaim({ ...parsed.claim, value: usd }, estimate.total);
    else if (usd === undefined) issues.push({ field: 'claim', value: parsed.claim.text, code: 'unsupported', expected: 'expect.claimMoney' });
  }
  return {
    estimate: { ...estimate, currency: parsed.currency, rate: parsed.rate, ...(verdict ? { verdict } : {}) },
    issues, ...(parsed.claim ? { claim: parsed.claim } : {}),
  };
}
