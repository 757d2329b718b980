// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The story checker page, opened on the seed story so a first visit shows what it does.
import { mountChecker } from './check.js';

const SEED = `Meta is training Llama 4 on a cluster of over 100,000 NVIDIA H100 AI GPUs, "bigger than anything that I've seen reported", Mark Zuckerberg said. The chips alone cost in excess of $2 billion.

Such a cluster would consume at least 370GWh a year, equivalent to powering over 34 million average American households.

- xAI is doubling Colossus to 200,000 Hopper GPUs.
- Meta aims for half a million H100-equivalent by the end of 2024.`;

mountChecker(document.getElementById('checker')!, SEED);
