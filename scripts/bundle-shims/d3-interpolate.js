// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
//
// Number-only stand-in for d3-interpolate in dist/compute-calc.js. d3-scale imports d3-interpolate
// for colour and object interpolation (pulling in d3-color, ~4 KB gzipped); compute-calc's scales
// only ever map numbers to pixels. The npm package keeps the real dependency.

export const interpolateNumber = (a, b) => ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
export const interpolateRound = (a, b) => ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
export const interpolate = interpolateNumber;

export function piecewise(interpolator, values) {
  if (values === undefined) (values = interpolator), (interpolator = interpolate);
  const n = values.length - 1;
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(interpolator(values[i], values[i + 1]));
  return (t) => {
    const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
    return parts[i](t - i);
  };
}
