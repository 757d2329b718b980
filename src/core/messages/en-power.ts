// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <power-equivalence>; the element registers them when it loads.

import type { Messages } from './types.js';

export const enPower = {
  'expect.regionData': 'a region with a sourced figure for this: {list}',
  'expect.claimRegion': 'a share of the electricity used in {region} (the region attribute)',
  'expect.claimKind': 'an energy, a power or a number of {list}',
  'power.heading': 'How much electricity is that?',
  'power.perYear': '{energy} a year',
  'power.summary.gpus': {
    one: '{gpus} {gpu} GPU running {period} uses about {energy} of electricity, {equivalence}.',
    other: '{gpus} {gpu} GPUs running {period} use about {energy} of electricity, {equivalence}.',
  },
  'power.summary.power': 'A steady {power} {period} is {energy} of electricity, {equivalence}.',
  'power.period.year': 'for a year',
  'power.period.hours': { one: 'for # hour', other: 'for # hours' },
  'power.per.year': 'a year',
  'power.per.hours': { one: 'over # hour', other: 'over # hours' },
  'power.summary.energy': '{energy} of electricity is {equivalence}.',
  'power.averagePower': 'An average draw of {power}.',
  'power.averagePowerSpread': 'Spread over a year, an average draw of {power}.',
  'power.eq.homes': { one: 'as much as # home in {region} uses in a year', other: 'as much as # homes in {region} use in a year' },
  'power.eq.ev': { one: 'as much as # electric car charged at home uses in a year', other: 'as much as # electric cars charged at home use in a year' },
  'power.eq.reactors': { one: 'the output of # 1-GW nuclear reactor running for a year', other: 'the output of # 1-GW nuclear reactors running for a year' },
  'power.eq.share': '{share} of the electricity used in {region} in a year',
  'power.eq.datacentres': '{share} of the electricity all data centres in {region} use in a year',
  'power.count.homes': { one: 'home in {region}', other: 'homes in {region}' },
  'power.count.ev': { one: 'electric car', other: 'electric cars' },
  'power.count.reactors': { one: '1-GW reactor-year', other: '1-GW reactor-years' },
  'power.count.share': 'of all electricity used in {region}',
  'power.count.datacentres': 'of the electricity of all data centres in {region}',
  'power.ref.homes': 'One home in {region}, a year',
  'power.ref.ev': 'One electric car, a year',
  'power.ref.reactors': 'One 1-GW reactor, a year',
  'power.ref.share': 'All of {region}, a year',
  'power.ref.datacentres': 'All data centres in {region}, a year',
} satisfies Messages;
