// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { property } from 'lit/decorators.js';
import type { Attributes } from '../core/inputs.js';
import { CalcElement } from './calc-element.js';

/** The cluster attributes of every element built on the power model (all but <cluster-compare>). */
export abstract class ClusterElement<E extends object> extends CalcElement<E> {
  /** Number of accelerators: `100000`, `100,000`, `100k`, `1e5`, or a range such as `50k-100k`. Default: 100,000 (the seed story). */
  @property() gpus?: string;

  /**
   * Accelerator id from the catalog: `a100`, `h100-sxm`, `h100-pcie`, `h200`, `b200`, `gb200`, `mi300x`, `mi325x`,
   * `gaudi-3`. Default: `h100-sxm`.
   */
  @property() gpu?: string;

  /** Average draw as a share of rated power: `0.6`, `60%`, `50–90%`. Default: 50–100%, central 75% (Epoch AI). */
  @property() utilization?: string;

  /**
   * Rest of the server and network power as a multiple of GPU power; `1` counts the GPUs alone.
   * Default: 1.8–2.14×, central 1.82× (Epoch AI, DGX H100, SemiAnalysis).
   */
  @property() overhead?: string;

  /**
   * Power usage effectiveness of the data centre; `1` means no cooling overhead.
   * Default: 1.08–1.56, central 1.10 (Meta, Google, Uptime Institute).
   */
  @property() pue?: string;

  /** These attributes and the common ones, as the core's readers take them. */
  protected clusterAttributes(): Attributes {
    return {
      gpus: this.gpus, gpu: this.gpu, utilization: this.utilization, overhead: this.overhead, pue: this.pue,
      claim: this.claim, 'as-of': this.asOf,
    };
  }
}

/** Elements that also take an energy or a power draw instead of a cluster. */
export abstract class EnergyElement<E extends object> extends ClusterElement<E> {
  /** Energy, e.g. `370 GWh`, `1.2 TWh a year` or `1.1–1.3 TWh`; takes precedence over power and gpus. */
  @property() energy?: string;

  /** Average power draw, e.g. `42 MW`, converted to energy over hours. */
  @property() power?: string;

  /** Hours of operation, when the energy comes from a power draw or a cluster. Default: 8,760 (a year). */
  @property() hours?: string;

  protected energyAttributes(): Attributes {
    return { ...this.clusterAttributes(), energy: this.energy, power: this.power, hours: this.hours };
  }
}
