// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { css } from 'lit';

export const styles = css`
  :host {
    /* Reserves the usual height of the collapsed card so the article does not jump on upgrade. */
    min-height: var(--cc-cluster-compare-min-height, 0);
  }
  /* Planned and announced clusters: an outline, so the difference never rests on colour alone. */
  :where(svg.chart) .planned rect { fill: none; stroke: currentColor; stroke-width: 1.5; stroke-dasharray: 5 3; }
  .row-errors { font-size: 0.9em; }
  @media (forced-colors: active) {
    :where(svg.chart) .planned rect { stroke: CanvasText; }
  }
`;
