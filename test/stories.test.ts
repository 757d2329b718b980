// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every story of every element renders and passes axe as written, so stories stay working,
// accessible examples. The dark theme and forced colours have files of their own.
import { describeStories } from './helpers/stories.js';

describeStories('as written');
