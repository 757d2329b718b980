// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The configurator page: every element, and the manifest `npm run build` (or `npm start`) generates.
import './main.js';
import manifest from '../custom-elements.json';
import { mountConfigurator, type Manifest } from './configurator.js';

const initial = new URLSearchParams(location.search).get('tag') ?? 'power-equivalence';
mountConfigurator(document.getElementById('configurator')!, manifest as Manifest, { initial });
