// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every story under real forced colours (Chromium and Firefox), audited with axe.
import { describeStories } from './helpers/stories.js';

describeStories('forced colours');
