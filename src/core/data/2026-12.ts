// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures as of December 2026, written as changes to the November set (which stays as published:
// articles pinned with `as-of="2026-11"` keep their numbers). Unchanged figures are the very same
// objects as in 2026-11. What changed and why is in the README ("What changed in 2026-12").
// Dense means without 2:4 sparsity; vendors' headline figures are sparse, twice these.

import { range } from '../range.js';
import { figures as prev } from './2026-11.js';
import type { Accelerator, FigureSet, Region, Source } from './types.js';

const fig = <T>(value: T, unit: string, source: Source) => ({ value, unit, source });

// Permalinks to the commits read: the files have since moved in the repository's head.
const epochEnergy: Source = {
  title: 'training-cost-trends, energy.py (chip-to-server power, average draw, PUE)',
  publisher: 'Epoch AI',
  url: 'https://github.com/epoch-research/training-cost-trends/blob/85c568c7d8ebdb8a045935c5a823e257fa49d4c0/energy.py',
  year: 2024,
  status: 'verified',
};

const klockwood = (page: string, note: string): Source => ({
  title: `${page} theoretical performance table`,
  publisher: 'Glenn K. Lockwood, quoting NVIDIA datasheets',
  url: `https://www.glennklockwood.com/garden/processors/${page}`,
  year: 2025,
  status: 'secondary',
  note,
});

// The GB200 figures are on the B200 page (there is no GB200 page).
const gb200Page = klockwood('B200', 'GB200 in an NVL72 rack: 1,200 W.');

const gb300Page = klockwood('B300', 'GB300: 1,400 W (HGX B300: 1,100 W); dense figures after Verda\'s table.');

const nvl72: Source = {
  title: 'NVIDIA GB200 NVL72: about 120 kW per rack',
  publisher: 'Awesome Agents',
  url: 'https://awesomeagents.ai/hardware/nvidia-gb200-nvl72',
  year: 2025,
  status: 'derived',
  note: '120 kW ÷ 72 ÷ 1,200 W = 1.39, with CPUs and NVLink switches.',
};

const gb300Rack: Source = {
  title: 'Why the NVIDIA GB300 NVL72 matters: about 120 kW per rack',
  publisher: 'Introl',
  url: 'https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters',
  year: 2025,
  status: 'derived',
  note: '120 kW ÷ 72 ÷ 1,400 W = 1.19; estimates run to 140 kW.',
};

const amdMi35: Source = {
  title: 'AMD Instinct MI355X (1,400 W) and MI350X (1,000 W)',
  publisher: 'AMD, via Tom\'s Hardware',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi350.html',
  year: 2025,
  status: 'derived',
  note: 'Dense FP8: 256 CUs × 8,192 FLOP/clock × 2.4 GHz (MI355X) or 2.2 GHz (MI350X); BF16 half.',
};

const ironwood: Source = {
  title: 'TPU7x (Ironwood)',
  publisher: 'Google Cloud documentation',
  url: 'https://docs.cloud.google.com/tpu/docs/tpu7x',
  year: 2025,
  status: 'verified',
  note: 'No chip power is published.',
};

const trainium2: Source = {
  title: 'Trainium2 architecture',
  publisher: 'AWS Neuron documentation',
  url: 'https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html',
  year: 2024,
  status: 'verified',
  note: 'No chip power is published.',
};

const a = prev.accelerators;

const accelerators: Record<string, Accelerator> = {
  ...a,
  a100: { ...a.a100, tdp: fig(400, 'W', { ...a.a100.tdp!.source, url: epochEnergy.url }) },
  'h100-sxm': {
    ...a['h100-sxm'],
    price: fig(range(25_000, 30_000, 27_500), 'USD', {
      title: 'H100 sold for $25,000 to $30,000 (Raymond James estimate)',
      publisher: 'TechSpot', url: 'https://www.techspot.com/news/99839-nvidia-garners-reported-1000-profit-each-h100-gpu.html',
      year: 2023, status: 'estimate',
      note: 'Other reports: $20,000–$40,000.',
    }),
  },
  gb200: {
    ...a.gb200,
    tdp: fig(1200, 'W', gb200Page),
    bf16: fig(2500, 'TFLOP/s', gb200Page),
    fp8: fig(5000, 'TFLOP/s', gb200Page),
    serverOverhead: fig(range(1.39), '×', nvl72),
  },
  gb300: {
    id: 'gb300', name: 'NVIDIA GB300 (per Blackwell Ultra GPU in NVL72, 1,400 W)', vendor: 'NVIDIA', memoryGB: 288,
    tdp: fig(1400, 'W', gb300Page),
    bf16: fig(2500, 'TFLOP/s', gb300Page),
    fp8: fig(5000, 'TFLOP/s', gb300Page),
    price: null,
    serverOverhead: fig(range(1.19), '×', gb300Rack),
  },
  mi355x: {
    id: 'mi355x', name: 'AMD Instinct MI355X', vendor: 'AMD', memoryGB: 288,
    tdp: fig(1400, 'W', amdMi35),
    bf16: fig(2517, 'TFLOP/s', amdMi35),
    fp8: fig(5033, 'TFLOP/s', amdMi35),
    price: null,
  },
  mi350x: {
    id: 'mi350x', name: 'AMD Instinct MI350X', vendor: 'AMD', memoryGB: 288,
    tdp: fig(1000, 'W', amdMi35),
    bf16: fig(2307, 'TFLOP/s', amdMi35),
    fp8: fig(4614, 'TFLOP/s', amdMi35),
    price: null,
  },
  'tpu-ironwood': {
    id: 'tpu-ironwood', name: 'Google TPU7x (Ironwood)', vendor: 'Google', memoryGB: 192,
    tdp: null,
    bf16: fig(2307, 'TFLOP/s', ironwood),
    fp8: fig(4614, 'TFLOP/s', ironwood),
    price: null,
  },
  trainium2: {
    id: 'trainium2', name: 'AWS Trainium2', vendor: 'Amazon', memoryGB: 96,
    tdp: null,
    bf16: fig(667, 'TFLOP/s', trainium2),
    fp8: fig(1299, 'TFLOP/s', trainium2),
    price: null,
  },
  'gaudi-3': {
    ...a['gaudi-3'],
    price: fig(range(15_625), 'USD', {
      ...a['gaudi-3'].price!.source,
      note: 'Per chip: $125,000 for 8 with a baseboard, ÷ 8.',
    }),
  },
};

const lbnl: Source = {
  title: 'United States Data Center Energy Usage Report (4.4% in 2023; 6.7–12% in 2028)',
  publisher: 'Lawrence Berkeley National Laboratory', url: 'https://eta.lbl.gov/publications/2024-lbnl-data-center-energy-usage-report',
  year: 2023, status: 'secondary',
};

// The same yearly series for every region's data centres would be like for like; these are the
// two published figures, each labelled with its own year and scope.
const regions: Record<string, Region> = {
  ...prev.regions,
  us: {
    ...prev.regions.us,
    electricityUsdPerKwh: fig(0.0806, 'USD/kWh', { ...prev.regions.us.electricityUsdPerKwh!.source, url: epochEnergy.url }),
    dataCentreTwh: fig(176, 'TWh/yr', lbnl),
    // 176 TWh ÷ 4.4% = 4,000 TWh, LBNL's US total for 2023; Ember's 4,405 TWh is 2024 demand.
    dataCentreShare: fig(0.044, 'share', { ...lbnl, note: '176 TWh of about 4,000 TWh, 2023.' }),
    dataCentreOutlook: fig(range(0.067, 0.12), 'share', { ...lbnl, year: 2024, status: 'estimate', note: 'Projection for 2028, in the report of 2024: 325–580 TWh.' }),
  },
  de: {
    ...prev.regions.de,
    demandTwh: fig(482, 'TWh/yr', {
      title: 'Strombilanz 2022 (gut 482 TWh)', publisher: 'Bundesnetzagentur, via dpa',
      url: 'https://aussiedlerbote.de/de/strombilanz-2022-mehr-produzieren-weniger-verbrauchen/', year: 2022, status: 'secondary',
      note: 'Not like for like with Ember\'s 2024 demand used elsewhere.',
    }),
  },
  fr: {
    id: 'fr', name: 'France',
    householdKwh: fig(4255, 'kWh/yr', {
      title: 'Consommation moyenne d\'un foyer', publisher: 'Selectra, from RTE',
      url: 'https://www.fournisseurs-electricite.com/fournisseurs-etrangers/actu-des-producteurs/18318-la-consommation-electrique-francaise-en-hausse-de-19-en-2010',
      year: 2024, status: 'estimate', note: 'Residential use ÷ households; much electric heating.',
    }),
    demandTwh: null,
    electricityUsdPerKwh: null,
  },
  es: {
    id: 'es', name: 'Spain',
    householdKwh: fig(2412, 'kWh/yr', {
      title: 'Boletín de Indicadores Eléctricos', publisher: 'CNMC, via preciosluzhoy.com',
      url: 'https://preciosluzhoy.com/consumo-medio-kwh-dia/', year: 2023, status: 'secondary',
    }),
    demandTwh: null,
    electricityUsdPerKwh: null,
  },
  world: {
    ...prev.regions.world,
    dataCentreTwh: fig(415, 'TWh/yr', {
      title: 'Energy and AI (415 TWh in 2024; 945 TWh in 2030)',
      publisher: 'International Energy Agency', url: 'https://www.iea.org/reports/energy-and-ai/energy-demand-from-ai',
      year: 2024, status: 'secondary',
    }),
  },
};

export const figures: FigureSet = {
  ...prev,
  version: '2026-12',
  accelerators,
  regions,
  serverOverhead: fig(range(1.8, 2.14, 1.82), '×', {
    ...epochEnergy,
    note: `HGX/DGX servers. ${prev.serverOverhead.source.note} `
      + 'The high ends of overhead, draw and PUE together stay within SemiAnalysis\'s 1.59 TWh a year for 100k H100; '
      + 'the low end is never under the chips at rated power.',
  }),
  utilization: fig(prev.utilization.value, prev.utilization.unit, { ...prev.utilization.source, url: epochEnergy.url }),
  pue: fig(range(1.08, 1.21, 1.1), '×', {
    title: 'PUE of AI builds: Meta 1.08, Google 1.10 (2023); SemiAnalysis, 1.59 TWh a year for 150 MW of IT (1.21)',
    publisher: 'Meta; Google; SemiAnalysis',
    url: 'https://semianalysis.com/2024/06/17/100000-h100-clusters-power-network/',
    year: 2024, status: 'derived',
    note: '1.59 TWh ÷ (150 MW × 8,760 h) = 1.21; Uptime\'s 1.56 averages all data centres.',
  }),
  serverCost: fig(prev.serverCost.value, prev.serverCost.unit, {
    ...prev.serverCost.source,
    title: 'training-cost-trends, hardware.py (server cost overhead)',
    url: 'https://github.com/epoch-research/training-cost-trends/blob/176b66a769efb258d6197c8e1b3e63f839fe1d4e/training_cost_trends/hardware.py',
  }),
  chipFloor: true,
};
