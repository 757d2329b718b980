// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Every English key of every element in one object: the template a translator copies, and what
// Node users register to get all English words (`addMessages(enAll)`).

import { en } from './en.js';
import { enCarbon } from './en-carbon.js';
import { enCompare } from './en-compare.js';
import { enCost } from './en-cost.js';
import { enPower } from './en-power.js';
import { enInference } from './en-inference.js';
import { enTraining } from './en-training.js';

export const enAll = { ...en, ...enPower, ...enCost, ...enTraining, ...enCarbon, ...enCompare, ...enInference };
