// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What using AI costs in electricity: energy per prompt (a service's sourced figure or the
// author's), times prompts gives a year's energy, which goes through the shared power model for
// average power and equivalences and through the carbon model for CO2, exactly as an `energy`
// attribute would in <power-equivalence> and <carbon-footprint>.

import type { Assumption } from './assumptions.js';
import { withOverrides, type Calculation, type Overrides } from './calculation.js';
import { checkClaim, type Verdict } from './claim.js';
import { carbonClaimTarget, estimateCarbon, parseGrid, type CarbonEstimate } from './carbon.js';
import { carbonFigures } from './data/carbon.js';
import { inferenceFigures, type InferenceModel, type InferenceScope } from './data/inference.js';
import type { FigureSet } from './data/index.js';
import { Reader, readFigures, readRegion, type Attributes } from './inputs.js';
import { fail, ok, type Issue, type Result } from './issues.js';
import { clean, parseClaim, parseKeyword, parseNumberRange, parseQuantity, type Claim } from './parse.js';
import { claimedQuantity } from './power.js';
import { div, mul, point, toRange, type Range } from './range.js';

export type { InferenceModel, InferenceScope };

/** Inputs of the inference model. */
export interface InferenceInput {
  /** Catalog id of a service's figure; the set's first when absent. */
  readonly model?: string;
  /** The author's energy per prompt, Wh; replaces the service's figure. */
  readonly perPrompt?: number | Range;
  /** Prompts a day; the service's stated usage when absent, if its company states one. */
  readonly promptsPerDay?: number | Range;
  readonly region?: string;
  /** Grid: a region id or g CO2 per kWh, as for <carbon-footprint>. */
  readonly grid?: string | number;
  readonly figures: FigureSet;
}

export interface InferenceEstimate {
  /** The catalog entry whose figure is used, or whose name the author's figure stands beside. */
  readonly model: InferenceModel;
  /** Electricity per prompt, Wh. */
  readonly perPromptWh: Range;
  /** What the per-prompt figure counts; `unstated` for the author's own. */
  readonly scope: InferenceScope;
  /** Whether the per-prompt figure is the author's (or the reader's). */
  readonly ownPerPrompt: boolean;
  /** The per-prompt figure as a multiple of a web search's (Google 2009). */
  readonly searchRatio: Range;
  readonly search: InferenceModel;
  /** Prompts a day, when given or stated by the service's company. */
  readonly promptsPerDay?: Range;
  /** A year's energy, Wh: per prompt × prompts a day × 365; only with prompts. */
  readonly energyWh?: Range;
  /** The year's energy through the carbon model (and its power model: average power, equivalences). */
  readonly carbon?: CarbonEstimate;
  /** g CO2 of one prompt on the grid, through the carbon model. */
  readonly gramsPerPrompt: Range;
  /** Water per prompt, mL, where the service's source gives it (never for the author's own figure). */
  readonly waterMl?: Range;
  /** A year's water, litres; only with prompts and a water figure. */
  readonly waterLitres?: Range;
  /** Every catalog figure, to place this one among them. */
  readonly references: readonly InferenceModel[];
  readonly assumptions: readonly Assumption[];
  readonly figuresVersion: string;
}

const DAYS_PER_YEAR = 365;

/**
 * Estimates a service's electricity per prompt and, with prompts, per year. Throws a RangeError
 * only when code passes an unknown model id.
 */
export function estimateInference(input: InferenceInput): InferenceEstimate {
  const f = input.figures;
  const set = inferenceFigures(f.version);
  const model = set.models.find((m) => m.id === (input.model ?? set.models[0].id));
  if (!model) throw new RangeError(`invalid model: ${input.model}`);
  const search = set.models.find((m) => m.search)!;
  const own = input.perPrompt !== undefined;
  const perPromptWh = own ? toRange(input.perPrompt!) : model.wh.value;
  const usage = input.promptsPerDay ?? model.promptsPerDay?.value;
  const promptsPerDay = usage === undefined ? undefined : toRange(usage);
  const carbonInput = { figures: f, ...(input.region ? { region: input.region } : {}), ...(input.grid !== undefined ? { grid: input.grid } : {}) };
  // One prompt through the carbon model: Wh × g/kWh ÷ 1000 = g, which the model returns in tonnes (× 1e6 → g).
  const oneCarbon = estimateCarbon({ ...carbonInput, energy: perPromptWh });
  const gramsPerPrompt = mul(oneCarbon.tonnes, 1e6);
  const energyWh = promptsPerDay && mul(perPromptWh, promptsPerDay, DAYS_PER_YEAR);
  const carbon = energyWh && estimateCarbon({ ...carbonInput, energy: energyWh });
  const waterMl = own || !model.waterMl ? undefined : toRange(model.waterMl.value);
  const assumptions: Assumption[] = [
    { id: 'perPrompt', value: perPromptWh, unit: 'Wh', overridden: own, factor: true, ...(own ? {} : { source: model.wh.source }) },
  ];
  if (promptsPerDay) {
    assumptions.push({
      id: 'prompts', value: promptsPerDay, unit: 'prompts', overridden: input.promptsPerDay !== undefined, factor: true,
      ...(input.promptsPerDay === undefined ? { source: model.promptsPerDay!.source } : {}),
    });
  }
  if (waterMl) assumptions.push({ id: 'water', value: waterMl, unit: 'mL', overridden: false, factor: false, source: model.waterMl!.source });
  assumptions.push({ id: 'search', value: search.wh.value, unit: 'Wh', overridden: false, factor: false, source: search.wh.source });
  // The other figures the chart places this one among, each with its source (and, in the view, what it counts).
  for (const m of set.models) {
    if (!m.search && (own || m !== model)) assumptions.push({ id: `ref:${m.id}`, value: m.wh.value, unit: 'Wh', overridden: false, factor: false, source: m.wh.source });
  }
  // The grid, and the year's equivalences, as <carbon-footprint> and <power-equivalence> list them.
  const intensity = (carbon ?? oneCarbon).assumptions.find((a) => a.id === 'intensity')!;
  assumptions.push(intensity, ...(carbon?.power.assumptions.filter((a) => !a.factor) ?? []));
  return {
    model, perPromptWh, scope: own ? 'unstated' : model.scope, ownPerPrompt: own, search, searchRatio: div(perPromptWh, search.wh.value),
    gramsPerPrompt, references: set.models, assumptions, figuresVersion: f.version,
    ...(promptsPerDay ? { promptsPerDay } : {}), ...(energyWh ? { energyWh } : {}), ...(carbon ? { carbon } : {}),
    ...(waterMl ? { waterMl } : {}), ...(waterMl && promptsPerDay ? { waterLitres: div(mul(waterMl, promptsPerDay, DAYS_PER_YEAR), 1000) } : {}),
  };
}

/** "per prompt", "a query", "for each search": what makes an energy a figure per prompt. */
const PER_PROMPT = /\s*(?:\/|per|a|an|each|every|for (?:a|an|one|each|every))\s*(?:chatgpt |ai |gemini )?(?:prompts?|query|queries|requests?|questions?|answers?|searche?s?|interactions?)$/i;

/** Energy per prompt: `0.3 Wh`, `0.34 Wh per query`, `2.9–3 Wh`; above 0, at most 1 kWh. */
export function parsePerPrompt(field: string, text: string): Result<Range> {
  const r = parseQuantity(field, clean(text).replace(PER_PROMPT, ''), 'energy');
  return r.ok && r.value.low > 0 && r.value.high <= 1000 ? r : fail(field, text, r.ok ? 'out-of-range' : 'invalid', 'infer.expect.perPrompt');
}

/**
 * Prompts a day: `2.5 billion`, `2.5 billion a day`, `900 billion a year`, `1e9 prompts per day`;
 * a day unless a year is said.
 */
export function parsePrompts(field: string, text: string): Result<Range> {
  let s = clean(text);
  // German, French and Spanish authors' "pro Tag", "par jour", "al día" arrive as "a day" (delocalize()).
  const period = /\s*(?:(?:a|per|each|every)\s+(day|year)|\/\s*(day|year|d|yr)|(daily)|(yearly|annually))$/i.exec(s);
  if (period) s = s.slice(0, period.index);
  s = s.replace(/\s*(?:prompts?|queries|query|requests?|messages?)$/i, '');
  const yearly = period && /^(?:year|yr|yearly|annually)$/i.test(period[1] ?? period[2] ?? period[3] ?? period[4]);
  const n = parseNumberRange(field, s);
  if (!n.ok || n.value.low <= 0) return fail(field, text, n.ok ? 'out-of-range' : 'invalid', 'infer.expect.prompts');
  return ok(yearly ? div(n.value, DAYS_PER_YEAR) : n.value);
}

/** Multiples stories write in words: "ten times as much as a Google search". */
const WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, five: 5, ten: 10, twenty: 20, fifty: 50, 'a hundred': 100 };

/**
 * A claim: "ten times as much as a Google search" (a multiple of a search, counted as noun
 * `searches`), "0.34 Wh per query" (energy per prompt, noun `prompt`), or any claim
 * <carbon-footprint> and <power-equivalence> check about the year ("100,000 homes", "300 GWh").
 */
export function parseInferenceClaim(field: string, text: string): Result<Claim> {
  const s = clean(text);
  const ratio = /^(?:(?:it |that )?(?:uses?|needs?|takes?|consumes?|is)\s+)?(?:(about|around|roughly|nearly|over|more than|at least|under|less than)\s+)?([\d.,]+|[a-z]+(?: hundred)?)\s*(?:times|×|x)\s+(?:as much(?: energy| electricity| power)? as|more(?: energy| electricity| power)? than|the (?:energy|electricity) of)\s+(?:a |one )?(?:google |web |internet )?search(?:es)?$/i.exec(s);
  if (ratio) {
    const value = WORDS[ratio[2].toLowerCase()] ?? Number(ratio[2].replace(/,/g, ''));
    if (!(value > 0)) return fail(field, text, 'invalid', 'infer.expect.claim');
    const q = ratio[1]?.toLowerCase();
    const qualifier = !q || /^(?:about|around|roughly|nearly)$/.test(q) ? 'approx' : /^(?:under|less than)$/.test(q) ? 'max' : 'min';
    return ok({ text: s, qualifier, kind: 'count', value, noun: 'searches' });
  }
  const perPrompt = PER_PROMPT.exec(s);
  // "as much electricity as 100,000 homes" states an equivalence, not the upper bound "as much as" is elsewhere.
  const c = parseClaim(field, (perPrompt ? s.slice(0, perPrompt.index) : s).replace(/^(?:(?:uses?|using)\s+)?as much (?:electricity|energy|power) as\s+/i, ''));
  if (!c.ok || (perPrompt && c.value.kind !== 'energy')) return fail(field, text, 'invalid', 'infer.expect.claim');
  // An energy of 1 kWh or less is a figure per prompt even unsaid: no year of a service's use is that small.
  const prompt = c.value.kind === 'energy' && (perPrompt || c.value.value <= 1000);
  return ok({ ...c.value, text: s, ...(prompt ? { noun: 'prompt' } : {}) });
}

/** Parsed attributes of `<inference-energy>`. */
export interface InferenceAttributes {
  readonly input: InferenceInput;
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

/** Reads `<inference-energy>`'s attributes: `model`, `per-prompt`, `prompts`, `region`, `grid`, `claim`, `as-of`. */
export function readInferenceAttributes(attrs: Attributes): InferenceAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const ids = inferenceFigures(figures.version).models.filter((m) => !m.search).map((m) => m.id);
  const model = r.read('model', (n, t) => parseKeyword(n, t, ids));
  const perPrompt = r.read('per-prompt', parsePerPrompt);
  const promptsPerDay = r.read('prompts', parsePrompts);
  const region = r.text('region') === undefined ? undefined : readRegion(r, figures);
  const withIntensity = Object.keys(carbonFigures(figures.version).gridGPerKwh);
  const grid = r.read('grid', (n, t) => parseGrid(n, t, withIntensity));
  // The claim is read like the others' (qualifiers, the author's own text kept), with the forms of this element.
  const claim = r.read('claim', parseInferenceClaim, (c, t) => (c.value > 0 ? ok(c) : fail('claim', t, 'out-of-range', 'expect.claim')));
  const input: InferenceInput = {
    figures, ...(model ? { model } : {}), ...(perPrompt ? { perPrompt } : {}), ...(promptsPerDay ? { promptsPerDay } : {}),
    ...(region && r.text('region') !== undefined ? { region: region.id } : {}), ...(grid !== undefined ? { grid } : {}),
  };
  return { input, issues: r.issues, ...(claim ? { claim: { ...claim, text: clean(r.text('claim')!) } } : {}) };
}

/** The estimate's figure a claim speaks about, in the claim's terms; undefined when it cannot be checked. */
export function inferenceClaimTarget(claim: Claim, e: InferenceEstimate): Range | undefined {
  if (claim.kind === 'count' && claim.noun === 'searches') return e.searchRatio;
  if (claim.kind === 'energy' && claim.noun === 'prompt') return e.perPromptWh;
  if (!e.carbon) return undefined;
  return claimedQuantity(claim, e.carbon.power) ?? carbonClaimTarget(claim, e.carbon);
}

/**
 * When a claim compares this figure with a web search's and the two count different things (or
 * either does not say), the two scopes, so the verdict can say so; undefined when they match.
 */
export function unlikeScopes(claim: Claim | undefined, e: InferenceEstimate): readonly [InferenceScope, InferenceScope] | undefined {
  if (claim?.noun !== 'searches') return undefined;
  return e.scope === e.search.scope && e.scope !== 'unstated' ? undefined : [e.scope, e.search.scope];
}

/**
 * A claim about one prompt as energy per prompt, Wh, for the chart beside the estimate: "0.34 Wh
 * per query" as it stands, "ten times a Google search" as ten times the search's figure.
 */
export function claimedPerPromptWh(claim: Claim, e: InferenceEstimate): Range | undefined {
  if (claim.noun === 'prompt') return point(claim.value);
  if (claim.noun === 'searches') return point(claim.value * e.search.wh.value.mid);
  return undefined;
}

/** What `<inference-energy>` shows: the estimate and, with a claim, its verdict. */
export interface InferenceEnergyEstimate extends InferenceEstimate {
  readonly verdict?: Verdict;
  /** The claim in Wh per prompt, when it speaks of one prompt and was checked. */
  readonly claimWh?: Range;
}

/** The reader controls: energy per prompt (Wh) and prompts a day. */
export const INFERENCE_CONTROLS = ['perPrompt', 'promptsPerDay'] as const;

/**
 * `<inference-energy>` from its attributes and the reader's overrides (`perPrompt` in Wh,
 * `promptsPerDay`): the estimate, the claim's verdict and every issue.
 */
export function calculateInference(attrs: Attributes, overrides: Overrides = {}): Calculation<InferenceEnergyEstimate> {
  const parsed = readInferenceAttributes(attrs);
  const issues = [...parsed.issues];
  const estimate = estimateInference(withOverrides(parsed.input, overrides, INFERENCE_CONTROLS));
  const claim = parsed.claim;
  const target = claim && inferenceClaimTarget(claim, estimate);
  if (claim && !target) {
    issues.push({ field: 'claim', value: claim.text, code: 'unsupported', expected: 'infer.expect.claim' });
  }
  const verdict = claim && target ? checkClaim(claim, target) : undefined;
  const claimWh = claim && verdict && claimedPerPromptWh(claim, estimate);
  return { estimate: { ...estimate, ...(verdict ? { verdict } : {}), ...(claimWh ? { claimWh } : {}) }, issues, ...(claim ? { claim } : {}) };
}
