// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import type { PropertyDeclarations } from 'lit';
import type { Attributes } from '../core/inputs.js';
import { CalcElement } from './calc-element.js';

/** The cluster attributes of every element built on the power model (all but <cluster-compare>). */
export abstract class ClusterElement<E extends object> extends CalcElement<E> {
  static override properties: PropertyDeclarations = {
    gpus: {},
    gpu: {},
    watts: {},
    utilization: {},
    overhead: {},
    pue: {},
  };

  /** Number of accelerators: `100000`, `100,000`, `100k`, `1e5`, or a range such as `50k-100k`. Default: 100,000 (the seed story). */
  gpus?: string;

  /**
   * Accelerator id from the catalog: `a100`, `h100-sxm`, `h100-pcie`, `h200`, `b200`, `gb200`, `gb300`, `mi300x`,
   * `mi325x`, `mi350x`, `mi355x`, `gaudi-3`, `tpu-ironwood`, `trainium2` (the last five from figures 2026-12).
   * Default: `h100-sxm`.
   */
  gpu?: string;

  /**
   * Rated power of one accelerator in watts: `1000`, `1 kW`. Needed for an accelerator whose maker
   * publishes no power (`tpu-ironwood`, `trainium2`); for any other it replaces the published figure.
   */
  watts?: string;

  /** Average draw as a share of rated power: `0.6`, `60%`, `50–90%`. Default: 50–100%, central 75% (Epoch AI). */
  utilization?: string;

  /**
   * Rest of the server and network power as a multiple of GPU power; `1` counts the GPUs alone.
   * Default: 1.8–2.14×, central 1.82× for HGX/DGX servers (Epoch AI, DGX H100, SemiAnalysis); rack-scale
   * NVL72 systems 1.39× (GB200) and 1.19× (GB300), from about 120 kW per rack (figures 2026-12).
   */
  overhead?: string;

  /**
   * Power usage effectiveness of the data centre; `1` means no cooling overhead.
   * Default: 1.08–1.21, central 1.10 (Meta, Google, SemiAnalysis; figures 2026-12); 1.08–1.56 in figures 2026-11.
   */
  pue?: string;

  /** These attributes and the common ones, as the core's readers take them. */
  protected clusterAttributes(): Attributes {
    return {
      gpus: this.gpus, gpu: this.gpu, watts: this.watts, utilization: this.utilization, overhead: this.overhead, pue: this.pue,
      claim: this.claim, 'as-of': this.asOf,
    };
  }
}

/** Elements that also take an energy or a power draw instead of a cluster. */
export abstract class EnergyElement<E extends object> extends ClusterElement<E> {
  static override properties: PropertyDeclarations = { energy: {}, power: {}, hours: {} };

  /** Energy, e.g. `370 GWh`, `1.2 TWh a year` or `1.1–1.3 TWh`; takes precedence over power and gpus. */
  energy?: string;

  /** Average power draw, e.g. `42 MW`, converted to energy over hours. */
  power?: string;

  /** Hours of operation, when the energy comes from a power draw or a cluster. Default: 8,760 (a year). */
  hours?: string;

  protected energyAttributes(): Attributes {
    return { ...this.clusterAttributes(), energy: this.energy, power: this.power, hours: this.hours };
  }
}
