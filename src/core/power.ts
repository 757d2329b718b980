// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The shared power model: how much electricity a cluster, a power draw or an energy figure is,
// and what that equals in things readers know. Every other calculator that needs energy calls
// `estimatePower`, so the same inputs give the same energy everywhere.

import { sensitivityOf, type Assumption, type Sensitivity } from './assumptions.js';
import { withOverrides, type Calculation, type Overrides } from './calculation.js';
import { checkClaim, type Verdict } from './claim.js';
import { latestFigures, type Accelerator, type FigureSet, type Region, type Source } from './data/index.js';
import {
  Reader, readClaim, readCount, readFigures, readMultiplier, readPoweredAccelerator, readRegion, readShare, within,
  type Attributes,
} from './inputs.js';
import type { Issue } from './issues.js';
import { regionName } from './messages/index.js';
import { parseKeywordList, parseQuantity, type Claim } from './parse.js';
import { div, isPoint, mul, point, range, toRange, type Range } from './range.js';


export const EQUIVALENCES = ['homes', 'ev', 'reactors', 'share', 'datacentres'] as const;
/** A familiar amount of electricity to compare with. */
export type Equivalence = (typeof EQUIVALENCES)[number];

/** Inputs of the power model. Anything left undefined takes its sourced default. */
export interface PowerInput {
  /** Energy in Wh; wins over `power` and `gpus`. */
  readonly energy?: number | Range;
  /** Average power in W; wins over `gpus`. */
  readonly power?: number | Range;
  readonly gpus?: number | Range;
  /** Accelerator id from the catalog, e.g. `h100-sxm`. */
  readonly gpu?: string;
  /** Rated power per accelerator, W: needed for one whose power is not published (TPUs, Trainium), else overrides it. */
  readonly watts?: number | Range;
  /** Average draw as a share of rated power. */
  readonly utilization?: number | Range;
  /** Rest of the server and network as a multiple of GPU power; 1 counts the GPUs alone. */
  readonly overhead?: number | Range;
  /** Power usage effectiveness; 1 means no cooling or conversion losses. */
  readonly pue?: number | Range;
  /** Hours of operation; one year by default. */
  readonly hours?: number | Range;
  readonly region?: string;
  readonly compare?: readonly Equivalence[];
  readonly figures?: FigureSet;
}

/** An equivalence: how many of a familiar thing the energy equals. */
export interface EquivalenceResult {
  readonly id: Equivalence;
  /** Number of units (for `share`, the fraction of the region's demand). */
  readonly count: Range;
  /** Energy of one unit, Wh. */
  readonly unitWh: Range;
  readonly source: Source;
}

export interface PowerEstimate {
  readonly mode: 'energy' | 'power' | 'gpus';
  /** Energy over `hours`, Wh. */
  readonly energyWh: Range;
  /** Average power, W. */
  readonly powerW: Range;
  readonly hours: Range;
  /** Whether `hours` is exactly one year, so figures can be said "a year". */
  readonly yearly: boolean;
  readonly gpus?: Range;
  readonly gpu?: Accelerator;
  readonly region: Region;
  readonly equivalences: readonly EquivalenceResult[];
  readonly assumptions: readonly Assumption[];
  /** The ranged assumption that moves the energy most, with the energy at its low and high ends. */
  readonly sensitivity?: Sensitivity;
  readonly figuresVersion: string;
}

/** Which equivalences a region has sourced figures for. */
export function availableEquivalences(region: Region): Equivalence[] {
  return EQUIVALENCES.filter((e) => (e === 'homes' ? region.householdKwh !== null : e === 'share' ? region.demandTwh !== null
    : e === 'datacentres' ? region.dataCentreTwh !== undefined : true));
}

function equivalence(id: Equivalence, energyWh: Range, region: Region, f: FigureSet): EquivalenceResult | undefined {
  const unit = (value: number | Range, scale: number, source: Source): EquivalenceResult => {
    const unitWh = mul(value, scale);
    return { id, count: div(energyWh, unitWh), unitWh, source };
  };
  switch (id) {
    case 'homes': return region.householdKwh ? unit(region.householdKwh.value, 1e3, region.householdKwh.source) : undefined;
    case 'ev': return unit(f.evKwh.value, 1e3, f.evKwh.source);
    case 'reactors': return unit(f.reactorTwh.value, 1e12, f.reactorTwh.source);
    case 'share': return region.demandTwh ? unit(region.demandTwh.value, 1e12, region.demandTwh.source) : undefined;
    case 'datacentres': return region.dataCentreTwh ? unit(region.dataCentreTwh.value, 1e12, region.dataCentreTwh.source) : undefined;
  }
}

/**
 * Estimates energy and average power, from an energy figure, a power draw, or a GPU cluster:
 * GPUs × rated power × server overhead × utilization × PUE × hours.
 * Throws a RangeError only when code passes an unknown accelerator or region id.
 */
export function estimatePower(input: PowerInput = {}): PowerEstimate {
  const f = input.figures ?? latestFigures;
  const region = f.regions[input.region ?? 'us'];
  if (!region) throw new RangeError(`invalid region: ${input.region}`);
  const hours = toRange(input.hours ?? f.hoursPerYear);
  const hoursA: Assumption = {
    id: 'hours', value: hours, unit: 'h', overridden: input.hours !== undefined, factor: true,
  };
  let mode: PowerEstimate['mode'];
  let energyWh: Range;
  let powerW: Range;
  let gpus: Range | undefined;
  let gpu: Accelerator | undefined;
  const assumptions: Assumption[] = [];
  if (input.energy !== undefined) {
    mode = 'energy';
    energyWh = toRange(input.energy);
    powerW = div(energyWh, hours);
    assumptions.push({ id: 'energy', value: energyWh, unit: 'Wh', overridden: true, factor: true });
  } else if (input.power !== undefined) {
    mode = 'power';
    powerW = toRange(input.power);
    energyWh = mul(powerW, hours);
    assumptions.push({ id: 'power', value: powerW, unit: 'W', overridden: true, factor: true }, hoursA);
  } else {
    mode = 'gpus';
    gpu = f.accelerators[input.gpu ?? f.seed.gpu];
    const rated = input.watts ?? gpu?.tdp?.value;
    if (!gpu || rated === undefined) throw new RangeError(`invalid gpu: ${input.gpu}`);
    const watts = toRange(rated);
    gpus = toRange(input.gpus ?? f.seed.gpus.value);
    // Rack-scale systems carry their own overhead figure; servers take the set's.
    const platform = gpu.serverOverhead ?? f.serverOverhead;
    const overhead = toRange(input.overhead ?? platform.value);
    const utilization = toRange(input.utilization ?? f.utilization.value);
    const pue = toRange(input.pue ?? f.pue.value);
    powerW = mul(gpus, watts, overhead, utilization, pue);
    const own = (v: unknown) => v !== undefined;
    // Training runs GPUs at full power, so with every factor at its default the low end stays at
    // or above the chips alone at rated power (the product of three low ends would fall under it).
    const chips = gpus.low * watts.low;
    if (f.chipFloor && !own(input.overhead) && !own(input.utilization) && !own(input.pue) && powerW.low < chips) {
      powerW = { ...powerW, low: Math.min(chips, powerW.mid) };
    }
    energyWh = mul(powerW, hours);
    assumptions.push(
      { id: 'gpus', value: gpus, unit: 'GPUs', overridden: own(input.gpus), factor: true, ...(own(input.gpus) ? {} : { source: f.seed.gpus.source }) },
      { id: 'tdp', value: watts, unit: 'W', overridden: own(input.gpu) || own(input.watts), factor: true, ...(own(input.watts) || !gpu.tdp ? {} : { source: gpu.tdp.source }) },
      { id: 'overhead', value: overhead, unit: '×', overridden: own(input.overhead), factor: true, ...(own(input.overhead) ? {} : { source: platform.source }) },
      { id: 'utilization', value: utilization, unit: '%', overridden: own(input.utilization), factor: true, ...(own(input.utilization) ? {} : { source: f.utilization.source }) },
      { id: 'pue', value: pue, unit: '×', overridden: own(input.pue), factor: true, ...(own(input.pue) ? {} : { source: f.pue.source }) },
      hoursA,
    );
  }
  // The share of all data centres' electricity is shown when asked for (`compare`), not by default.
  const wanted = input.compare ?? availableEquivalences(region).filter((e) => e !== 'datacentres');
  const equivalences = wanted
    .map((id) => equivalence(id, energyWh, region, f))
    .filter((e): e is EquivalenceResult => e !== undefined);
  for (const e of equivalences) {
    assumptions.push({ id: e.id, value: e.unitWh, unit: 'Wh', overridden: false, factor: false, source: e.source });
  }
  return {
    mode, energyWh, powerW, hours, region, equivalences, assumptions, figuresVersion: f.version,
    yearly: isPoint(hours) && hours.mid === f.hoursPerYear,
    ...(gpus ? { gpus } : {}), ...(gpu ? { gpu } : {}),
    ...sensitivityOf(energyWh, assumptions),
  };
}

/**
 * The electricity a share claim is a fraction of, Wh a year: the region's demand, or its data
 * centres'. Where the data centres' report gives their share too (LBNL: 176 TWh, 4.4 % of US
 * electricity in 2023), its own total (176 ÷ 0.044 = 4,000 TWh) is the range's other end, so a
 * story that quotes the report is not called wrong against a later year's demand (Ember: 4,405 TWh).
 */
export function shareBase(noun: string | undefined, region: Region): Range | undefined {
  const dc = region.dataCentreTwh?.value;
  if (noun === 'datacentres') return dc ? point(dc * 1e12) : undefined;
  const demand = region.demandTwh?.value;
  if (!demand) return undefined;
  const own = dc && region.dataCentreShare ? dc / region.dataCentreShare.value : demand;
  return range(Math.min(own, demand) * 1e12, Math.max(own, demand) * 1e12, demand * 1e12);
}

/** The estimate's figure that a claim speaks about, in the claim's own unit; undefined if it cannot be checked here. */
export function claimedQuantity(claim: Claim, e: PowerEstimate): Range | undefined {
  if (claim.kind === 'energy') return e.energyWh;
  if (claim.kind === 'power') return e.powerW;
  if (claim.kind === 'count') return e.equivalences.find((q) => q.id === claim.noun)?.count;
  // Like the share equivalences: the estimate's energy against a year's electricity.
  const base = claim.kind === 'share' ? shareBase(claim.noun, e.region) : undefined;
  return base && div(e.energyWh, base);
}

/** The energy a claim amounts to, Wh (to draw it next to the estimate); undefined if it cannot be converted. */
export function claimEnergy(claim: Claim, e: PowerEstimate): number | undefined {
  if (claim.kind === 'energy') return claim.value;
  if (claim.kind === 'power') return claim.value * e.hours.mid;
  const base = claim.kind === 'share' ? shareBase(claim.noun, e.region) : undefined;
  if (base) return claim.value * base.mid;
  const eq = claim.kind === 'count' ? e.equivalences.find((q) => q.id === claim.noun) : undefined;
  return eq ? claim.value * eq.unitWh.mid : undefined;
}

/** The result of checking a claim against the power model. */
export interface PowerClaimCheck {
  readonly verdict: Verdict;
  /** For a cluster, the share of rated power the claimed energy implies if only the chips are counted. */
  readonly impliedChipShare?: number;
  /** The claimed energy, Wh. */
  readonly energyWh?: number;
}

/** Checks a claim against the estimate; undefined when the claim is about something else (money, other nouns). */
export function checkPowerClaim(claim: Claim, e: PowerEstimate): PowerClaimCheck | undefined {
  const target = claimedQuantity(claim, e);
  if (!target) return undefined;
  const energyWh = claimEnergy(claim, e);
  let impliedChipShare: number | undefined;
  const rated = e.assumptions.find((a) => a.id === 'tdp')?.value.mid;
  if (e.mode === 'gpus' && rated && e.gpus && energyWh !== undefined) {
    // The claim pins the one assumption a story leaves out: at the chips alone (no server,
    // no cooling) what average draw would produce this energy?
    impliedChipShare = energyWh / (e.gpus.mid * rated * e.hours.mid);
  }
  return {
    verdict: checkClaim(claim, target),
    ...(energyWh !== undefined ? { energyWh } : {}),
    ...(impliedChipShare !== undefined && Number.isFinite(impliedChipShare) ? { impliedChipShare } : {}),
  };
}

/** Parsed attributes of `<power-equivalence>`: the model's input, the claim, and every issue found. */
export interface PowerAttributes {
  readonly input: PowerInput;
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

/**
 * Reads the energy inputs every element that uses the power model shares: `energy`, `power`,
 * `gpus`, `gpu`, `watts`, `utilization`, `overhead`, `pue`, `hours`. Only the author's own valid `gpu`
 * is passed on, so a default is never marked as overridden.
 */
export function readEnergyInputs(r: Reader, figures: FigureSet): PowerInput {
  const energy = r.read('energy', (n, t) => parseQuantity(n, t, 'energy'), within('energy', 0, Infinity, true));
  const power = r.read('power', (n, t) => parseQuantity(n, t, 'power'), within('power', 0, Infinity, true));
  const gpus = readCount(r, 'gpus');
  const { gpu, watts, own: ownGpu } = readPoweredAccelerator(r, figures);
  const utilization = readShare(r, 'utilization');
  // Bounds wide enough for any real facility or server, tight enough to catch a slipped digit.
  const overhead = readMultiplier(r, 'overhead', 5);
  const pue = readMultiplier(r, 'pue', 3);
  const hours = readCount(r, 'hours');
  // The model uses one source of energy; a second one would be silently ignored, so say so.
  if (energy && power) r.report({ field: 'power', value: r.text('power') ?? '', code: 'conflict', expected: 'expect.onePower' });
  if ((energy || power) && gpus) r.report({ field: 'gpus', value: r.text('gpus') ?? '', code: 'conflict', expected: 'expect.onePower' });
  return {
    figures, ...(ownGpu ? { gpu: gpu.id } : {}), ...(watts ? { watts } : {}), ...(energy ? { energy } : power ? { power } : {}),
    ...(gpus ? { gpus } : {}), ...(utilization ? { utilization } : {}), ...(overhead ? { overhead } : {}),
    ...(pue ? { pue } : {}), ...(hours ? { hours } : {}),
  };
}

/**
 * Reads `<power-equivalence>`'s attributes into the model's input. Invalid values are reported as
 * issues and replaced by their defaults, so a typo in one attribute never blanks the widget.
 */
export function readPowerAttributes(attrs: Attributes): PowerAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const energyInputs = readEnergyInputs(r, figures);
  const region = readRegion(r, figures);
  const available = availableEquivalences(region);
  let compare = r.read('compare', (n, t) => parseKeywordList(n, t, EQUIVALENCES));
  const missing = compare?.filter((c) => !available.includes(c)) ?? [];
  if (compare && missing.length > 0) {
    r.report({ field: 'compare', value: attrs.compare ?? '', code: 'unsupported', expected: 'expect.regionData', params: { list: available.join(', ') } });
    compare = compare.filter((c) => available.includes(c));
    if (compare.length === 0) compare = undefined;
  }
  let claim = readClaim(r);
  if (claim?.kind === 'share') {
    // "4.4 % of US electricity" is a share of the US's, whatever region the element shows.
    const named = claimRegion(claim.text, figures, r.locale);
    if (named && named !== region.id) {
      r.report({ field: 'claim', value: claim.text, code: 'conflict', expected: 'expect.claimRegion', params: { region: regionName(r.locale, region.id, region.name) } });
      claim = undefined;
    } else if (!shareBase(claim.noun, region)) {
      const list = Object.values(figures.regions).filter((g) => shareBase(claim!.noun, g)).map((g) => g.id).join(', ');
      r.report({ field: 'claim', value: claim.text, code: 'unsupported', expected: 'expect.regionData', params: { list } });
      claim = undefined;
    }
  }
  const input: PowerInput = { ...energyInputs, region: region.id, ...(compare ? { compare } : {}) };
  return { input, issues: r.issues, ...(claim ? { claim } : {}) };
}

// Short names stories use besides the ones in the region's names ("US electricity", "EE. UU.", "weltweit").
const ALIASES: Readonly<Record<string, RegExp>> = {
  us: /\bU\.?S\b|\bUSA\b|EE\.? ?UU/, uk: /\bU\.?K\b/, eu: /\b(?:EU|UE)\b/, world: /world|global|welt|mond|mund/i,
};

/** The region a claim names, in English, in the reading language or by a short name; undefined when it names none. */
export function claimRegion(text: string, f: FigureSet, locale: string): string | undefined {
  // "den USA", "aux États-Unis", "the world": the region's own words, without article or preposition
  // (names are plain words, with no sign a regular expression would read).
  const word = (n: string) => n.replace(/^(?:(?:the|den|der|aux?|dans|en|l[’']|le|la|el)(?:\s+|(?<=’|')))+/i, '');
  return Object.values(f.regions).find((g) => ALIASES[g.id]?.test(text)
    || [g.name, regionName(locale, g.id, g.name)].some((n) => new RegExp(`(?<![\\p{L}])${word(n)}(?![\\p{L}])`, 'iu').test(text)))?.id;
}

/** A claim the power model cannot check becomes an issue for the `claim` attribute. */
export function unsupportedClaimIssue(claim: Claim): Issue {
  return { field: 'claim', value: claim.text, code: 'unsupported', expected: 'expect.claimKind', params: { list: EQUIVALENCES.filter((e) => e !== 'share' && e !== 'datacentres').join(', ') } };
}

/** What `<power-equivalence>` shows: the power model's result and, with a claim, its check. */
export interface PowerEquivalenceEstimate extends PowerEstimate {
  readonly claimCheck?: PowerClaimCheck;
}

/** The reader controls of the power model: a cluster's size and its three ranged assumptions. */
export const POWER_CONTROLS = ['gpus', 'utilization', 'overhead', 'pue'] as const;

/**
 * `<power-equivalence>` from its attributes and the reader's overrides: the estimate, the claim
 * check, and every issue (a claim it cannot check among them).
 */
export function calculatePower(attrs: Attributes, overrides: Overrides = {}): Calculation<PowerEquivalenceEstimate> {
  const parsed = readPowerAttributes(attrs);
  const issues = [...parsed.issues];
  let estimate = estimatePower(withOverrides(parsed.input, overrides, POWER_CONTROLS));
  const claimCheck = parsed.claim ? checkPowerClaim(parsed.claim, estimate) : undefined;
  if (parsed.claim && !claimCheck) issues.push(unsupportedClaimIssue(parsed.claim));
  if (claimCheck && parsed.claim?.kind === 'share') {
    // The disclosure cites what the share was taken of: the demand, and the data centres' report
    // whose total widens it (or whose data centres it is of).
    const r = estimate.region;
    const all = parsed.claim.noun === 'share';
    const extra: Assumption[] = [];
    for (const [id, f] of [['share', all && r.demandTwh], ['datacentres', (!all || r.dataCentreShare) && r.dataCentreTwh]] as const) {
      if (f && !estimate.assumptions.some((a) => a.id === id)) {
        extra.push({ id, value: point(f.value * 1e12), unit: 'Wh', overridden: false, factor: false, source: f.source });
      }
    }
    estimate = { ...estimate, assumptions: [...estimate.assumptions, ...extra] };
  }
  return { estimate: { ...estimate, ...(claimCheck ? { claimCheck } : {}) }, issues, ...(parsed.claim ? { claim: parsed.claim } : {}) };
}
