// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The demo pages load the library from source, as a site would load dist/compute-calc.js.
import '../src/index.js';
import '../src/components/training-time/training-time.js';
import '../src/components/carbon-footprint/carbon-footprint.js';
import '../src/components/cluster-compare/cluster-compare.js';
