// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <carbon-footprint>; the element registers them when it loads.

import type { Messages } from './types.js';

export const enCarbon = {
  'expect.grid': 'a region ({list}) or an intensity such as “390 g/kWh”',
  'expect.marginal': 'a grid with a sourced marginal factor ({list}); otherwise use the average',
  'expect.claimCarbon': 'tonnes of CO2, cars or homes, such as “about 136,000 tonnes”',
  'carbon.heading': 'What does that electricity emit?',
  'carbon.tonnes': '{tonnes} t of CO2',
  'carbon.summary': '{energy} of electricity on {grid} emits about {tonnes} tonnes of CO2, {equivalence}.',
  'carbon.gridRegion': 'the grid of {region}',
  'carbon.gridValue': 'a grid at {intensity}',
  'carbon.sub.average': 'At {intensity}, the grid’s average: what consumed electricity emits.',
  'carbon.sub.marginal': 'At {intensity}, the marginal rate: what power plants emit for added demand, about twice the average.',
  'carbon.eq.cars': { one: 'as much as # car emits in a year', other: 'as much as # cars emit in a year' },
  'carbon.eq.homes': { one: 'as much as the electricity of # home there', other: 'as much as the electricity of # homes there' },
  'carbon.eq.gasoline': { one: 'as much as burning # gallon of gasoline', other: 'as much as burning # gallons of gasoline' },
  'carbon.eq.petrol': { one: 'as much as burning # litre of petrol', other: 'as much as burning # litres of petrol' },
  'carbon.count.cars': { one: 'car driven for a year', other: 'cars driven for a year' },
  'carbon.count.homes': { one: 'home’s electricity for a year', other: 'homes’ electricity for a year' },
  'carbon.count.gasoline': { one: 'gallon of gasoline', other: 'gallons of gasoline' },
  'carbon.count.petrol': { one: 'litre of petrol', other: 'litres of petrol' },
  'carbon.ref.cars': 'One car, a year',
  'carbon.ref.homes': 'One home’s electricity, a year',
  'carbon.ref.gasoline': 'One gallon of gasoline',
  'carbon.ref.petrol': 'One litre of petrol',
  'carbon.a.intensity': 'Grid carbon intensity',
  'carbon.a.cars': 'CO2 of a typical passenger car in a year',
  'carbon.a.homes': 'CO2 of a home’s electricity in a year',
  'carbon.a.gasoline': 'CO2 of a gallon of gasoline',
  'carbon.a.petrol': 'CO2 of a litre of petrol',
} satisfies Messages;
