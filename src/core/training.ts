// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// How long a training run takes and how much electricity it uses: compute C ≈ 6·N·D (Kaplan et
// al. 2020), time T = C ÷ (GPUs × dense peak × MFU), energy from the shared power model over T.

import { latestFigures, type Accelerator, type FigureSet } from './data/index.js';
import { trainingFigures, type Run } from './data/training.js';
import {
  Reader, readClaim, readCount, readFigures, readMultiplier, readPoweredAccelerator, readShare, within, type Attributes,
} from './inputs.js';
import type { Issue } from './issues.js';
import { parseKeyword, parseNumberRange, parseQuantity, type Claim } from './parse.js';
import { sensitivityOf, type Assumption } from './assumptions.js';
import { checkOrRefuse, withOverrides, type Calculation, type Overrides } from './calculation.js';
import type { Verdict } from './claim.js';
import { estimatePower, type PowerEstimate } from './power.js';
import { div, mul, toRange, type Range } from './range.js';

export const PRECISIONS = ['bf16', 'fp8'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** How far from compute-optimal tokens per parameter a run must be (either way) to be worth a note. */
export const CHINCHILLA_BAND = 1.5;

/** FLOP per parameter per token: 2 forward + 4 backward (Kaplan et al., 2020). */
export const FLOP_PER_PARAM_TOKEN = 6;

export interface TrainingInput {
  /** Total training compute, FLOP; wins over `params` × `tokens`. */
  readonly flops?: number | Range;
  /** Parameters (active parameters for mixture-of-experts models). */
  readonly params?: number | Range;
  /** Training tokens. */
  readonly tokens?: number | Range;
  readonly gpus?: number | Range;
  readonly gpu?: string;
  /** Rated power per accelerator, W (see `PowerInput.watts`). */
  readonly watts?: number | Range;
  readonly precision?: Precision;
  /** Model FLOPs utilization, share of dense peak. */
  readonly mfu?: number | Range;
  readonly utilization?: number | Range;
  readonly overhead?: number | Range;
  readonly pue?: number | Range;
  readonly region?: string;
  readonly figures?: FigureSet;
}

export interface TrainingEstimate {
  readonly flops: Range;
  readonly gpus: Range;
  readonly gpu: Accelerator;
  readonly precision: Precision;
  /** Dense peak per accelerator at `precision`, FLOP/s. */
  readonly peak: number;
  readonly mfu: Range;
  /** Wall-clock training time. */
  readonly days: Range;
  readonly gpuHours: Range;
  /** Energy over the run, from the shared power model. */
  readonly energyWh: Range;
  readonly power: PowerEstimate;
  /** Tokens per parameter when both were given, to compare with the compute-optimal ~20. */
  readonly tokensPerParam?: number;
  /** `tokensPerParam` ÷ the compute-optimal figure (Chinchilla); set only when far from 1. */
  readonly chinchillaFactor?: number;
  readonly runs: readonly Run[];
  readonly assumptions: readonly Assumption[];
  readonly sensitivity?: { readonly id: string; readonly low: number; readonly high: number };
  readonly figuresVersion: string;
}

/** Dense peak of an accelerator at a precision, FLOP/s; undefined where the vendor lists none (A100 FP8). */
export function peakFlops(gpu: Accelerator, precision: Precision): number | undefined {
  const tflops = precision === 'fp8' ? gpu.fp8?.value : gpu.bf16.value;
  return tflops === undefined ? undefined : tflops * 1e12;
}

/**
 * Estimates wall-clock time, GPU-hours and energy of a training run. Without `flops` or
 * `params` + `tokens`, the run is Llama 3.1 405B's 3.8e25 FLOP. Throws a RangeError only for an
 * unknown id or a precision the accelerator lacks.
 */
export function estimateTraining(input: TrainingInput = {}): TrainingEstimate {
  const f = input.figures ?? latestFigures;
  const gpu = f.accelerators[input.gpu ?? f.seed.gpu];
  if (!gpu) throw new RangeError(`invalid gpu: ${input.gpu}`);
  const precision = input.precision ?? 'bf16';
  const peak = peakFlops(gpu, precision);
  if (peak === undefined) throw new RangeError(`invalid precision: ${precision}`);
  const t = trainingFigures(f.version);
  const reference = t.runs[0];
  const fromParams = input.flops === undefined && input.params !== undefined && input.tokens !== undefined;
  const flops = input.flops !== undefined ? toRange(input.flops)
    : fromParams ? mul(FLOP_PER_PARAM_TOKEN, input.params!, input.tokens!) : reference.flops;
  const gpus = toRange(input.gpus ?? f.seed.gpus.value);
  const mfu = toRange(input.mfu ?? t.mfu.value);
  const seconds = div(flops, mul(gpus, peak, mfu));
  const hours = div(seconds, 3600);
  const power = estimatePower({
    gpus, hours, figures: f, ...(input.region ? { region: input.region } : {}), ...(input.gpu !== undefined ? { gpu: input.gpu } : {}), ...(input.watts !== undefined ? { watts: input.watts } : {}),
    ...(input.utilization !== undefined ? { utilization: input.utilization } : {}),
    ...(input.overhead !== undefined ? { overhead: input.overhead } : {}),
    ...(input.pue !== undefined ? { pue: input.pue } : {}),
  });
  const own = (v: unknown) => v !== undefined;
  const assumptions: Assumption[] = [
    {
      id: 'flops', value: flops, unit: 'FLOP', overridden: own(input.flops) || fromParams, factor: true,
      ...(own(input.flops) || fromParams ? {} : { source: reference.source }),
    },
    { id: 'gpus', value: gpus, unit: 'GPUs', overridden: own(input.gpus), factor: true, inverse: true, ...(own(input.gpus) ? {} : { source: f.seed.gpus.source }) },
    { id: 'peak', value: toRange(peak), unit: 'FLOP/s', overridden: own(input.gpu) || own(input.precision), factor: true, inverse: true, source: (precision === 'fp8' ? gpu.fp8 : gpu.bf16)!.source },
    { id: 'mfu', value: mfu, unit: '%', overridden: own(input.mfu), factor: true, inverse: true, ...(own(input.mfu) ? {} : { source: t.mfu.source }) },
    ...power.assumptions.filter((a) => ['tdp', 'overhead', 'utilization', 'pue'].includes(a.id)).map((a) => ({ ...a, factor: false })),
  ];
  const days = div(seconds, 86_400);
  const tokensPerParam = fromParams ? toRange(input.tokens!).mid / toRange(input.params!).mid : undefined;
  const factor = tokensPerParam === undefined ? undefined : tokensPerParam / t.tokensPerParam.value;
  return {
    flops, gpus, gpu, precision, peak, mfu, days, gpuHours: mul(gpus, hours), energyWh: power.energyWh, power,
    runs: t.runs, assumptions, figuresVersion: f.version,
    ...(tokensPerParam !== undefined ? { tokensPerParam } : {}),
    ...(factor !== undefined && (factor > CHINCHILLA_BAND || factor < 1 / CHINCHILLA_BAND) ? { chinchillaFactor: factor } : {}),
    ...sensitivityOf(days, assumptions),
  };
}

/** Parsed attributes of `<training-time>`. */
export interface TrainingAttributes {
  readonly input: TrainingInput;
  readonly claim?: Claim;
  readonly issues: readonly Issue[];
}

/** Reads `<training-time>`'s attributes; `params` and `tokens` take `405B`, `15.6T`, `1.5e13`. */
export function readTrainingAttributes(attrs: Attributes): TrainingAttributes {
  const r = new Reader(attrs);
  const figures = readFigures(r);
  const flops = r.read('flops', (n, t) => {
    const q = parseQuantity(n, t, 'flop');
    return q.ok ? q : parseNumberRange(n, t).ok ? parseNumberRange(n, t) : q;
  }, within('flops', 0, Infinity, true));
  const params = readCount(r, 'params');
  const tokens = readCount(r, 'tokens');
  // With `flops` given, a lone `params` or `tokens` is a conflict (reported below), not a gap.
  if (!flops && (params === undefined) !== (tokens === undefined) && !r.issues.some((i) => i.field === 'params' || i.field === 'tokens')) {
    const missing = params === undefined ? 'params' : 'tokens';
    r.report({ field: missing, value: '', code: 'missing', expected: missing === 'params' ? 'expect.params' : 'expect.tokens' });
  }
  if (flops && (params || tokens)) {
    r.report({ field: 'params', value: attrs.params ?? attrs.tokens ?? '', code: 'conflict', expected: 'expect.flopsOrParams' });
  }
  const gpus = readCount(r, 'gpus');
  const { gpu, watts, own: ownGpu } = readPoweredAccelerator(r, figures);
  let precision = r.read('precision', (n, t) => parseKeyword(n, t, PRECISIONS));
  if (precision && peakFlops(gpu, precision) === undefined) {
    r.report({ field: 'precision', value: attrs.precision ?? '', code: 'unsupported', expected: 'expect.precision', params: { gpu: gpu.name } });
    precision = undefined;
  }
  const mfu = readShare(r, 'mfu');
  const utilization = readShare(r, 'utilization');
  const overhead = readMultiplier(r, 'overhead', 5);
  const pue = readMultiplier(r, 'pue', 3);
  const claim = readClaim(r);
  const input: TrainingInput = {
    figures, ...(ownGpu ? { gpu: gpu.id } : {}), ...(watts ? { watts } : {}),
    ...(flops ? { flops } : params && tokens ? { params, tokens } : {}),
    ...(gpus ? { gpus } : {}), ...(precision ? { precision } : {}), ...(mfu ? { mfu } : {}),
    ...(utilization ? { utilization } : {}), ...(overhead ? { overhead } : {}), ...(pue ? { pue } : {}),
  };
  return { input, issues: r.issues, ...(claim ? { claim } : {}) };
}

/** The estimate's figure a claim speaks about: days ("90 days"), GPU-hours, energy or compute. */
export function trainingClaimTarget(claim: Claim, e: TrainingEstimate): Range | undefined {
  if (claim.kind === 'energy') return e.energyWh;
  if (claim.kind === 'flop') return e.flops;
  if (claim.kind === 'count' && claim.noun === 'days') return e.days;
  if (claim.kind === 'count' && claim.noun === 'gpu-hours') return e.gpuHours;
  return undefined;
}

/** What `<training-time>` shows: the training estimate and, with a claim, its verdict. */
export interface TrainingTimeEstimate extends TrainingEstimate {
  readonly verdict?: Verdict;
}

/** `<training-time>` from its attributes and the reader's overrides (`gpus`, `mfu`). */
export function calculateTraining(attrs: Attributes, overrides: Overrides = {}): Calculation<TrainingTimeEstimate> {
  const parsed = readTrainingAttributes(attrs);
  const issues = [...parsed.issues];
  const estimate = estimateTraining(withOverrides(parsed.input, overrides, ['gpus', 'mfu']));
  const verdict = checkOrRefuse(parsed.claim, parsed.claim && trainingClaimTarget(parsed.claim, estimate), issues, 'expect.claimTraining');
  return { estimate: { ...estimate, ...(verdict ? { verdict } : {}) }, issues, ...(parsed.claim ? { claim: parsed.claim } : {}) };
}
