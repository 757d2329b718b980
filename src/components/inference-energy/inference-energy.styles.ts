// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { css } from 'lit';

export const styles = css`
  :host {
    /* Reserves the usual height of the collapsed card so the article does not jump on upgrade. */
    min-height: var(--cc-inference-energy-min-height, 0);
  }
`;
