// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every story in the dark theme on a dark page, audited with axe.
import { describeStories } from './helpers/stories.js';

describeStories('dark');
