// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
//
// Stand-in for d3-scale's tickFormat in dist/compute-calc.js and the per-element files, which
// brings in d3-format for `scale.tickFormat()`. compute-calc never calls it: tick labels go through
// Intl so they follow the reader's locale. Calling it in the bundle is a bug, so it says so.

export default function tickFormat() {
  throw new Error('compute-calc: d3-scale tickFormat is not in the bundle');
}
