// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
//
// Stand-in for d3-format in the hosted files. d3-scale imports it for its log scale and for
// `tickFormat` (which has a stand-in of its own), neither of which compute-calc uses: tick labels go
// through Intl so they follow the reader's locale. d3-format sets up its default locale when
// imported, so without this alias its code would be in the bundle although nothing calls it.

const unavailable = () => {
  throw new Error('compute-calc: d3-format is not in the bundle');
};
export const format = unavailable;
export const formatPrefix = unavailable;
export const formatSpecifier = unavailable;
export const precisionFixed = unavailable;
export const precisionPrefix = unavailable;
export const precisionRound = unavailable;
