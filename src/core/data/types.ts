// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { Range } from '../range.js';

/**
 * How far a figure was checked, after the labels of the project's reference table:
 * `verified` against the source's own text, `secondary` through a copy or a report that quotes it,
 * `estimate` by an analyst or journalist, `derived` by arithmetic from other sourced figures.
 */
export type SourceStatus = 'verified' | 'secondary' | 'estimate' | 'derived';

/** Where a figure comes from. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  /** Year the figure describes or was published. */
  readonly year: number;
  readonly status: SourceStatus;
  /** What a reader should know about the figure (scope, disagreements, derivation). */
  readonly note?: string;
}

/** A sourced value with its unit. */
export interface Figure<T = number | Range> {
  readonly value: T;
  readonly unit: string;
  readonly source: Source;
}

/** One accelerator of the catalog. */
export interface Accelerator {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  /** Maximum board power (TDP); `null` where the vendor publishes none (TPUs). */
  readonly tdp: Figure<number> | null;
  /** Dense (no sparsity) peak throughput in TFLOP/s. */
  readonly bf16: Figure<number>;
  readonly fp8: Figure<number> | null;
  readonly memoryGB: number;
  /** Reported price per accelerator in USD; `null` where no sourced figure exists. */
  readonly price: Figure<Range> | null;
  /**
   * Whole-system power as a multiple of board power for the platform this accelerator ships in
   * (rack-scale NVL72 rather than 8-GPU servers); the set's `serverOverhead` when absent.
   */
  readonly serverOverhead?: Figure<Range>;
}

/** A place whose electricity a reader can picture. */
export interface Region {
  readonly id: string;
  readonly name: string;
  /** Average household electricity use, kWh a year; `null` where no sourced figure exists. */
  readonly householdKwh: Figure<number | Range> | null;
  /** Total electricity demand, TWh a year. */
  readonly demandTwh: Figure<number> | null;
  /** Industrial electricity price, USD per kWh, for running costs. */
  readonly electricityUsdPerKwh: Figure<number> | null;
  /** Electricity used by the region's data centres, TWh a year, for "x % of all data centres". */
  readonly dataCentreTwh?: Figure<number>;
  /**
   * Data centres' share of the region's electricity as their own report states it, for claims in
   * percent: `dataCentreTwh` ÷ this is the report's own total, which may differ from `demandTwh`.
   */
  readonly dataCentreShare?: Figure<number>;
  /** The same report's projection of that share, for a later year. */
  readonly dataCentreOutlook?: Figure<Range>;
}

/** A dated, immutable set of every default the calculators use. */
export interface FigureSet {
  /** Version id, `YYYY-MM`; `as-of` selects it. */
  readonly version: string;
  readonly accelerators: Readonly<Record<string, Accelerator>>;
  readonly regions: Readonly<Record<string, Region>>;
  /** Whole-server (CPUs, memory, NICs, fans) and network power as a multiple of GPU board power. */
  readonly serverOverhead: Figure<Range>;
  /** Average draw as a share of maximum power. */
  readonly utilization: Figure<Range>;
  /** Power usage effectiveness: facility energy ÷ IT energy. */
  readonly pue: Figure<Range>;
  /** Annual electricity of one electric car charged at home, kWh. */
  readonly evKwh: Figure<number>;
  /** Annual output of a 1-GW nuclear reactor, TWh. */
  readonly reactorTwh: Figure<number>;
  /** Whole-server cost as a multiple of the GPUs' cost (CPUs, memory, chassis, intra-server network). */
  readonly serverCost: Figure<Range>;
  /** Cluster hardware cost as a multiple of server cost (scale-out network and storage). */
  readonly networkCost: Figure<Range>;
  /** Hours in a year. */
  readonly hoursPerYear: number;
  /**
   * When true, the low end of a cluster's power with the default overhead, utilization and PUE is
   * never under its chips at rated power (training runs them at full power; a lower end would be
   * below what the GPUs alone draw).
   */
  readonly chipFloor?: boolean;
  /** The seed story's cluster, what a bare tag shows: GPU count and accelerator id. */
  readonly seed: { readonly gpus: Figure<number>; readonly gpu: string };
}
