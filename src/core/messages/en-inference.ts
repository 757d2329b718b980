// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <inference-energy>; the element registers them when it loads. German, French
// and Spanish ones are in src/locales/<lang>-inference-energy.ts, which only this element loads.

import type { Messages } from './types.js';

export const enInference = {
  'infer.expect.perPrompt': 'an energy per prompt above 0 and at most 1 kWh, such as “0.3 Wh”',
  'infer.expect.prompts': 'a number of prompts a day or a year, such as “2.5 billion” or “900 billion a year”',
  'infer.expect.claim': 'a figure per prompt (“0.34 Wh per query”), a multiple of a search (“ten times as much as a Google search”) or, with prompts, a year’s energy, homes or tonnes',
  'infer.heading': 'How much electricity does using AI take?',
  'infer.perPrompt': '{energy} per prompt',
  'infer.summary.year': '{prompts} prompts a day at {perPrompt} each use about {energy} of electricity a year, {equivalence}.',
  'infer.summary.prompt': '{name} uses {perPrompt} per prompt, {ratio} times a web search (Google, 2009).',
  'infer.summary.own': 'At {perPrompt} per prompt, a prompt uses {ratio} times the electricity of a web search (Google, 2009).',
  'infer.sub.year': '{perPrompt} per prompt, {prompts} prompts a day: an average draw of {power}.',
  'infer.sub.prompt': 'Give prompts for a year’s electricity.',
  'infer.counts': '{name} counts {scope}.',
  'infer.ownName': 'The figure given',
  'infer.scope.accelerators': 'the AI chips alone',
  'infer.scope.server': 'whole servers, not the data centre’s overhead',
  'infer.scope.facility': 'whole servers and the data centre’s overhead',
  'infer.scope.unstated': 'what its source does not say',
  'infer.scopeNote': 'The two figures may count different things: {a} counts {sa}; {b} counts {sb}.',
  'infer.searchName': 'Google search (2009)',
  'infer.ratio': '{ratio} times the electricity of a web search',
  // Also <carbon-footprint>'s words (carbon.tonnes, carbon.a.intensity), repeated so this element does not load all of that element's words.
  'infer.tonnes': '{tonnes} t of CO2',
  'infer.a.intensity': 'Grid carbon intensity',
  'infer.grams': '{grams} g of CO2 per prompt',
  'infer.waterPrompt': '{ml} mL of water per prompt',
  'infer.waterYear': '{litres} litres of water a year',
  'infer.a.perPrompt': 'Electricity per prompt',
  'infer.a.prompts': 'Prompts a day',
  'infer.a.water': 'Water per prompt',
} satisfies Messages;
