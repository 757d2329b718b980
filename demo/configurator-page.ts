// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The configurator page: the elements come from compute-calc.js, which the page loads first as any
// site does; the form is built from the manifest `npm run build` (or `npm start`) generates.
import manifest from '../custom-elements.json';
import { mountConfigurator, type Manifest } from './configurator.js';

const initial = new URLSearchParams(location.search).get('tag') ?? 'power-equivalence';
mountConfigurator(document.getElementById('configurator')!, manifest as Manifest, { initial });
