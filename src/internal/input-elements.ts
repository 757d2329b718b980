// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { property } from 'lit/decorators.js';
import type { Attributes } from '../core/inputs.js';
import { CalcElement } from './calc-element.js';

/** The cluster attributes of every element built on the power model (all but <cluster-compare>). */
export abstract class ClusterElement<E extends object> extends CalcElement<E> {
  /** Number of accelerators, e.g. `100000`, `100k` or `50k-100k`. Default: the seed story's 100,000. */
  @property() gpus?: string;

  /** Accelerator id from the catalog, e.g. `h100-sxm`, `b200`, `mi300x`. */
  @property() gpu?: string;

  /** Average draw as a share of rated power, e.g. `0.6`, `60%` or `50–90%`. */
  @property() utilization?: string;

  /** Rest of the server and network power as a multiple of GPU power; `1` counts the GPUs alone. */
  @property() overhead?: string;

  /** Power usage effectiveness of the data centre; `1` means no cooling overhead. */
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
  /** Energy, e.g. `370 GWh` or `1.1–1.3 TWh`; takes precedence over `power` and `gpus`. */
  @property() energy?: string;

  /** Average power draw, e.g. `42 MW`, converted to energy over `hours`. */
  @property() power?: string;

  /** Hours of operation; default one year (8,760). */
  @property() hours?: string;

  protected energyAttributes(): Attributes {
    return { ...this.clusterAttributes(), energy: this.energy, power: this.power, hours: this.hours };
  }
}
