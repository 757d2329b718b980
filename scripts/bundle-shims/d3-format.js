// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
//
// Stand-in for d3-format in dist/compute-calc.js. d3-scale imports it only for `tickFormat`, which
// compute-calc never calls: tick labels go through Intl so they follow the reader's locale.
// Calling it in the bundle is a bug, so it says so instead of formatting wrongly.

const unavailable = () => {
  throw new Error('compute-calc: d3-format is not included in the bundle; format with Intl');
};
export const format = unavailable;
export const formatPrefix = unavailable;
export const formatSpecifier = unavailable;
export const precisionFixed = unavailable;
export const precisionPrefix = unavailable;
export const precisionRound = unavailable;
