// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { css } from 'lit';

export const styles = css`
  :host {
    /* Reserves the usual height of the collapsed card so the article does not jump on upgrade. */
    min-height: var(--cc-gpu-cluster-cost-min-height, 0);
  }
  .parts { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; gap: 0.25rem 1rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
  .parts strong { font-size: 1.15rem; }
`;
