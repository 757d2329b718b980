// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// English words of <gpu-cluster-cost>; the element registers them when it loads.

import type { Messages } from './types.js';

export const enCost = {
  'expect.priceNeeded': 'a price per accelerator such as “$25k” or “$20k–$30k”, because no sourced price exists for the {gpu}',
  'expect.energyPrice': 'a price per kWh such as “0.08”, “$0.08/kWh” or “8 ¢/kWh”',
  'expect.energyPriceNeeded': 'an electricity price per kWh such as “$0.10”, because no sourced price exists for {region}',
  'expect.claimMoney': 'an amount of money such as “$2 billion”',
  'cost.heading': 'What does that cluster cost?',
  'cost.summary.chips': { one: 'One {gpu} costs about {capex}.', other: '{gpus} {gpu} GPUs cost about {capex} for the chips alone.' },
  'cost.summary.servers': { one: 'One {gpu} costs about {capex} as part of a complete server.', other: '{gpus} {gpu} GPUs cost about {capex} as complete servers.' },
  'cost.summary.cluster': { one: 'One {gpu} costs about {capex} with its share of servers, network and storage.', other: '{gpus} {gpu} GPUs cost about {capex} as a cluster with servers, network and storage.' },
  'cost.summary.noPrice': 'No sourced price exists for the {gpu}; set a price to estimate what {gpus} of them cost.',
  'cost.summary.running': { one: 'Running them for # year adds about {running} of electricity.', other: 'Running them for # years adds about {running} of electricity.' },
  'cost.priceNeeded': 'Price needed',
  'cost.perGpu': 'About {value} per GPU.',
  'cost.split': '{capex} to buy and {running} of electricity.',
  'cost.part.chips': 'Chips',
  'cost.part.servers': 'Rest of the servers',
  'cost.part.network': 'Network and storage',
  'cost.part.electricity': { one: 'Electricity, # year', other: 'Electricity, # years' },
  'cost.part.total': 'Total',
  'cost.a.gpus': 'Accelerators',
  'cost.a.price': 'Price per accelerator',
  'cost.a.serverCost': 'Whole server, as a multiple of the GPUs’ price',
  'cost.a.networkCost': 'Cluster network and storage, as a multiple of server cost',
  'cost.a.years': 'Years of operation',
  'cost.a.electricityPrice': 'Electricity price',
} satisfies Messages;
