// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What the electricity of a cluster or an energy figure emits: energy from the shared power
// model × grid carbon intensity, average by default (what consumed electricity emits), marginal
// only where a sourced factor exists (what added demand makes power plants emit).

import { latestFigures, type Source } from './data/index.js';
import { carbonFigures } from './data/carbon.js';
import { Reader, readClaim, readFigures, type Attributes } from './inputs.js';
import { fail, ok, type Issue, type Result } from './issues.js';
import { parseKeyword, parseKeywordList, parseNumber, type Claim } from './parse.js';
import type { Assumption } from './assumptions.js';
import { checkOrRefuse, withOverrides, type Calculation, type Overrides } from './calculation.js';
import type { Verdict } from './claim.js';
import { estimatePower, readEnergyInputs, type PowerEstimate, type PowerInput } from './power.js';
import { div, mul, toRange, type Range } from './range.js';

export const BASES = ['average', 'marginal'] as const;
export type Basis = (typeof BASES)[number];
export const CARBON_EQUIVALENCES = ['cars', 'homes', 'gasoline'] as const;
export type CarbonEquivalence = (typeof CARBON_EQUIVALENCES)[number];

export interface CarbonInput extends PowerInput {
  /** Grid: a region id, or an intensity in g CO2 per kWh. */
  readonly grid?: string | number;
  readonly basis?: Basis;
  readonly carbonCompare?: readonly CarbonEquivalence[];
  /** Petrol in litres instead of US gallons; by default where the region is European. */
  readonly litres?: boolean;
}

/** Regions where fuel is sold by the litre and called petrol: the ones in Europe. */
export const EUROPEAN = ['eu', 'uk', 'de', 'fr', 'es', 'it', 'nl', 'be', 'at', 'ch', 'pl', 'se', 'no', 'dk', 'fi', 'ie', 'pt'];

/** US gallon in litres (NIST Handbook 44). */
const GALLON_LITRES = 3.785411784;

export interface CarbonEquivalenceResult {
  readonly id: CarbonEquivalence;
  readonly count: Range;
  /** Tonnes of CO2 of one unit. */
  readonly unitTonnes: Range;
  readonly source: Source;
}

export interface CarbonEstimate {
  readonly power: PowerEstimate;
  readonly energyWh: Range;
  /** g CO2 per kWh used. */
  readonly intensity: Range;
  readonly basis: Basis;
  /** Region the intensity comes from (id and name); undefined when the author gave a number. */
  readonly gridRegion?: string;
  readonly gridRegionName?: string;
  readonly tonnes: Range;
  /** Whether `gasoline` counts litres of petrol (else US gallons). */
  readonly litres: boolean;
  readonly equivalences: readonly CarbonEquivalenceResult[];
  readonly assumptions: readonly Assumption[];
  readonly figuresVersion: string;
}

/**
 * Estimates the CO2 of an energy figure, a power draw or a cluster (the `<power-equivalence>`
 * inputs) on a grid. Throws a RangeError only when code passes a grid without a sourced intensity.
 */
export function estimateCarbon(input: CarbonInput = {}): CarbonEstimate {
  const f = input.figures ?? latestFigures;
  const power = estimatePower(input);
  const basis = input.basis ?? 'average';
  // The grid is the author's (a region or a number), else the region's where it has a sourced
  // intensity, else the US.
  const c = carbonFigures(f.version);
  const own = input.region !== undefined && c.gridGPerKwh[input.region] ? input.region : 'us';
  const gridId = typeof input.grid === 'number' ? undefined : input.grid ?? own;
  const region = gridId === undefined ? undefined : f.regions[gridId];
  const figure = region ? (basis === 'marginal' ? c.marginalGPerKwh : c.gridGPerKwh)[region.id] ?? null : null;
  if (gridId !== undefined && !figure) throw new RangeError(`invalid grid: ${gridId}`);
  const intensity = toRange(typeof input.grid === 'number' ? input.grid : figure!.value);
  // Wh ÷ 1000 → kWh; × g/kWh → g; ÷ 1e6 → tonnes.
  const tonnes = div(mul(power.energyWh, intensity), 1e9);
  const homeRegion = region ?? f.regions[input.region ?? 'us'];
  const litres = input.litres ?? EUROPEAN.includes(homeRegion?.id ?? '');
  const units: Record<CarbonEquivalence, { value: Range; source: Source } | undefined> = {
    cars: { value: toRange(c.carTonnes.value), source: c.carTonnes.source },
    gasoline: { value: toRange(c.gasolineGrams.value / 1e6 / (litres ? GALLON_LITRES : 1)), source: c.gasolineGrams.source },
    homes: homeRegion?.householdKwh
      ? { value: div(mul(homeRegion.householdKwh.value, intensity), 1e6), source: homeRegion.householdKwh.source }
      : undefined,
  };
  const equivalences = (input.carbonCompare ?? CARBON_EQUIVALENCES).flatMap((id) => {
    const u = units[id];
    return u ? [{ id, count: div(tonnes, u.value), unitTonnes: u.value, source: u.source }] : [];
  });
  const assumptions: Assumption[] = [
    ...power.assumptions.filter((a) => a.factor),
    {
      id: 'intensity', value: intensity, unit: 'g/kWh', overridden: input.grid !== undefined || input.basis !== undefined, factor: true,
      ...(figure ? { source: figure.source } : {}),
    },
    ...equivalences.map((e) => ({ id: e.id, value: e.unitTonnes, unit: 't', overridden: false, factor: false, source: e.source })),
  ];
  return {
    power, energyWh: power.energyWh, intensity, basis, tonnes, litres, equivalences, assumptions, figuresVersion: f.version,
    ...(region ? { gridRegion: region.id, gridRegionName: region.name } : {}),
  };
}

/** A grid: a region id (`us`, `de`) or an intensity (`390 g/kWh`, `0.39 kg/kWh`, `390`). */
export function parseGrid(field: string, text: string, regions: readonly string[]): Result<string | number> {
  const id = text.trim().toLowerCase();
  if (regions.includes(id)) return ok(id);
  const m = /^(.*?)\s*(g|kg)\s*(?:co2e?)?\s*\/\s*kwh$/i.exec(text.trim());
  const n = parseNumber(field, m ? m[1] : text);
  if (n.ok && n.value > 0 && n.value < 3000 / (m?.[2].toLowerCase() === 'kg' ? 1000 : 1)) {
    return ok(m?.[2].toLowerCase() === 'kg' ? n.value * 1000 : n.value);
  }
  return fail(field, text, n.ok ? 'out-of-range' : 'invalid', 'expect.grid', { list: regions.join(', ') });
}

/** Parsed attributes of `<carbon-footprint>`. */
export interface CarbonAttributes {
  readonly input: CarbonInput;
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

/** Reads `<carbon-footprint>`'s attributes: the power inputs, `grid`, `basis` and `compare`. */
export function readCarbonAttributes(attrs: Attributes): CarbonAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const energyInputs = readEnergyInputs(r, figures);
  const withIntensity = Object.keys(carbonFigures(figures.version).gridGPerKwh);
  let grid = r.read('grid', (n, t) => parseGrid(n, t, withIntensity));
  let basis = r.read('basis', (n, t) => parseKeyword(n, t, BASES));
  if (basis === 'marginal') {
    const id = typeof grid === 'string' ? grid : grid === undefined ? 'us' : undefined;
    const marginal = carbonFigures(figures.version).marginalGPerKwh;
    if (id === undefined || !marginal[id]) {
      const list = Object.keys(marginal).join(', ');
      r.report({ field: 'basis', value: attrs.basis ?? '', code: 'unsupported', expected: 'expect.marginal', params: { list } });
      basis = undefined;
    }
  }
  if (typeof grid === 'number' && basis === 'marginal') grid = undefined;
  const compare = r.read('compare', (n, t) => parseKeywordList(n, t, CARBON_EQUIVALENCES));
  const claim = readClaim(r);
  // Readers of German, French and Spanish count fuel in litres whatever the grid.
  const metric = ['de', 'fr', 'es'].includes((attrs.locale ?? '').slice(0, 2).toLowerCase());
  const input: CarbonInput = {
    ...energyInputs, ...(metric ? { litres: true } : {}), ...(grid !== undefined ? { grid } : {}), ...(basis ? { basis } : {}), ...(compare ? { carbonCompare: compare } : {}),
  };
  return { input, issues: r.issues, ...(claim ? { claim } : {}) };
}

/** The estimate's figure a claim speaks about: tonnes of CO2, or a count of cars or homes. */
export function carbonClaimTarget(claim: Claim, e: CarbonEstimate): Range | undefined {
  if (claim.kind === 'count' && claim.noun === 'tonnes') return e.tonnes;
  if (claim.kind === 'count' && claim.noun === 'ev') return e.equivalences.find((q) => q.id === 'cars')?.count;
  if (claim.kind === 'count' && claim.noun === 'homes') return e.equivalences.find((q) => q.id === 'homes')?.count;
  return undefined;
}

/** What `<carbon-footprint>` shows: the carbon estimate and, with a claim, its verdict. */
export interface CarbonFootprintEstimate extends CarbonEstimate {
  readonly verdict?: Verdict;
}

/**
 * `<carbon-footprint>` from its attributes and the reader's overrides (`gpus`, `pue`, and
 * `intensity`, a grid average in g/kWh that replaces the grid and its basis).
 */
export function calculateCarbon(attrs: Attributes, overrides: Overrides = {}): Calculation<CarbonFootprintEstimate> {
  const parsed = readCarbonAttributes(attrs);
  const issues = [...parsed.issues];
  const input: CarbonInput = {
    ...withOverrides(parsed.input, overrides, ['gpus', 'pue']),
    ...(overrides.intensity !== undefined ? { grid: overrides.intensity, basis: 'average' as const } : {}),
  };
  const estimate = estimateCarbon(input);
  const verdict = checkOrRefuse(parsed.claim, parsed.claim && carbonClaimTarget(parsed.claim, estimate), issues, 'expect.claimCarbon');
  return { estimate: { ...estimate, ...(verdict ? { verdict } : {}) }, issues, ...(parsed.claim ? { claim: parsed.claim } : {}) };
}
