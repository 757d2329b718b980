// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The English words every calculator shares: errors, disclosure, claims. Each element's own words
// are in en-<element>.ts and are registered when the element loads, so the single-file bundle
// carries only the words of the elements it contains. A newsroom adds a language by translating
// `enAll` (en-all.ts) and registering it with `addCatalog`; no component changes.
// Placeholders are `{name}`; a message whose wording depends on a count is an object keyed by the
// plural category (Intl.PluralRules) of its `count` parameter.

import type { Catalog } from './types.js';

export const en: Catalog = {
  'issue.invalid': '{field}: “{value}” is not understood. Expected {expected}.',
  'issue.out-of-range': '{field}: “{value}” is out of range. Expected {expected}.',
  'issue.unknown': '{field}: “{value}” is not known. Expected {expected}.',
  'issue.unsupported': '{field}: “{value}” cannot be used here. Expected {expected}.',
  'issue.conflict': '{field}: “{value}” conflicts with another attribute. Expected {expected}.',
  'issue.missing': '{field} is needed: {expected}.',
  'issue.fallback': 'Showing the default instead.',
  'expect.number': 'a number such as “100000”, “100,000”, “100k” or “1e5”',
  'expect.energy': 'an energy such as “370 GWh” or “1.2 TWh a year”',
  'expect.power': 'a power such as “42 MW” or “700 W”',
  'expect.flop': 'a compute amount such as “3.8e25 FLOP”',
  'expect.fraction': 'a share such as “0.6”, “60%” or “50–90%”',
  'expect.money': 'an amount such as “$25,000”, “$25k” or “$25k–$40k”',
  'expect.claim': 'a figure as a story states it, such as “over 34 million households” or “at least 370 GWh”',
  'expect.onePower': 'only one of “energy”, “power” or “gpus”',
  'expect.oneOf': 'one of: {list}',
  'expect.positive': 'a number above 0',
  'expect.atLeast': 'a number of at least {min}',
  'expect.between': 'a value from {min} to {max}',
  'expect.gpuPower': 'an accelerator with a published power figure: {list}',
  'expect.asOf': 'a figures version such as {list}',
  'ui.howCalculated': 'How is this calculated?',
  'ui.assumptions': 'Assumptions',
  'ui.sources': 'Sources',
  'ui.assumption': 'Assumption',
  'ui.value': 'Value',
  'ui.origin': 'Set by',
  'ui.byAuthor': 'the author',
  'ui.byDefault': 'default',
  'ui.mostSensitive': 'The assumption that moves the result most is {name}: across its range the result goes from {low} to {high}.',
  'ui.figuresAsOf': 'Figures as of {date}.',
  'ui.citation': 'Citation',
  'ui.citationText': '{summary} Estimate by compute-calc, figures as of {date}; sources: {sources}.',
  'ui.copy': 'Copy',
  'ui.copySentence': 'Copy sentence',
  'ui.copyCitation': 'Copy citation',
  'ui.copied': 'Copied',
  'ui.controls': 'Try other assumptions',
  'ui.reset': 'Reset',
  'ui.chartData': 'Chart data',
  'ui.item': 'Item',
  'ui.range': '{low} to {high}',
  'ui.central': 'central estimate {value}',
  'ui.estimateLabel': 'This estimate',
  'ui.claimLabel': 'The claim',
  'claim.consistent': 'The claim “{claim}” is consistent with this estimate ({estimate}).',
  'claim.tooHigh': 'The claim “{claim}” is about {factor} times too high: this estimate gives {estimate}.',
  'claim.tooLow': 'The claim “{claim}” is about {factor} times too low: this estimate gives {estimate}.',
  'claim.implied': 'Counted at the chips alone, {energy} {per} from {gpus} {gpu} implies they draw about {share} of their rated power on average.',
  'claim.impliedOver': 'Counted at the chips alone, {energy} {per} from {gpus} {gpu} would need {share} of their rated power, more than the chips can draw.',
  'claim.verdict': 'Claim check',
  // The shared power model's assumptions, named in every element's disclosure.
  'power.a.energy': 'Energy',
  'power.a.power': 'Power',
  'power.a.gpus': 'Accelerators',
  'power.a.gpu': 'Accelerator',
  'power.a.tdp': 'Rated power per accelerator',
  'power.a.overhead': 'Rest of the server and network, as a multiple of GPU power',
  'power.a.utilization': 'Average draw, share of rated power',
  'power.a.pue': 'Data-centre overhead (PUE)',
  'power.a.hours': 'Hours of operation',
  'power.a.homes': 'Household electricity use, {region}',
  'power.a.ev': 'Electricity of an electric car charged at home',
  'power.a.reactors': 'Output of a 1-GW reactor',
  'power.a.share': 'Electricity demand, {region}',
};
