// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures as of November 2026. Never edit a published version: articles pinned with `as-of` must
// keep their numbers. Add a new file for new figures instead.
// Every value is transcribed from the project's reference table (figures.md), which names the
// copy each was checked against; "dense" means without 2:4 sparsity (NVIDIA's and AMD's headline
// figures are sparse, twice these).

import { range } from '../range.js';
import type { Accelerator, FigureSet, Region, Source } from './types.js';

const epochEnergy: Source = {
  title: 'training-cost-trends, energy.py (chip-to-server power, average draw, PUE)',
  publisher: 'Epoch AI',
  url: 'https://github.com/epoch-research/training-cost-trends',
  year: 2024,
  status: 'verified',
};

const klockwood = (chip: string): Source => ({
  title: `${chip} theoretical performance table`,
  publisher: 'Glenn K. Lockwood, quoting NVIDIA datasheets',
  url: `https://www.glennklockwood.com/garden/processors/${chip}`,
  year: 2025,
  status: 'secondary',
  note: 'Dense figures; the datasheet headline numbers are with sparsity, twice these.',
});

const nvidiaH100: Source = {
  title: 'NVIDIA H100 Tensor Core GPU datasheet and product page',
  publisher: 'NVIDIA',
  url: 'https://www.nvidia.com/en-us/data-center/h100/',
  year: 2023,
  status: 'secondary',
  note: 'Table values are "with sparsity"; dense values are half.',
};

const amdMi3: Source = {
  title: 'AMD Instinct MI300X and MI325X specifications',
  publisher: 'AMD',
  url: 'https://www.amd.com/en/products/accelerators/instinct/mi300.html',
  year: 2024,
  status: 'secondary',
  note: 'Dense FP16/BF16 1,307.4 and FP8 2,614.9 TFLOP/s; 5,229.8 is FP8 with sparsity.',
};

const h100Price: Source = {
  title: 'H100 price estimates: Raymond James ($25,000–$30,000, 2023), used by Epoch AI; Sherwood News ($20,000–$40,000, 2024)',
  publisher: 'Epoch AI; Barron\'s; Sherwood News',
  url: 'https://github.com/epoch-research/training-cost-trends',
  year: 2024,
  status: 'estimate',
  note: 'No list price is published. The seed story\'s "over $2 billion" for over 100,000 implies at least $20,000.',
};

const fig = <T>(value: T, unit: string, source: Source) => ({ value, unit, source });

const accelerators: Record<string, Accelerator> = {
  a100: {
    id: 'a100', name: 'NVIDIA A100 SXM 80GB', vendor: 'NVIDIA', memoryGB: 80,
    tdp: fig(400, 'W', { ...epochEnergy, note: 'Citing NVIDIA\'s A100 page: 400 W maximum board power.', status: 'secondary' }),
    bf16: fig(312, 'TFLOP/s', klockwood('A100')),
    fp8: null,
    price: null,
  },
  'h100-sxm': {
    id: 'h100-sxm', name: 'NVIDIA H100 SXM', vendor: 'NVIDIA', memoryGB: 80,
    tdp: fig(700, 'W', klockwood('H100')),
    bf16: fig(989.4, 'TFLOP/s', klockwood('H100')),
    fp8: fig(1978.9, 'TFLOP/s', klockwood('H100')),
    price: fig(range(25_000, 40_000, 30_000), 'USD', h100Price),
  },
  'h100-pcie': {
    id: 'h100-pcie', name: 'NVIDIA H100 PCIe', vendor: 'NVIDIA', memoryGB: 80,
    tdp: fig(350, 'W', {
      title: 'NVIDIA H100 PCIe GPU product brief (PB-11133-001_v02)', publisher: 'NVIDIA',
      url: 'https://www.nvidia.com/en-us/data-center/h100/', year: 2022, status: 'verified',
      note: 'Configurable 300–350 W.',
    }),
    bf16: fig(756.5, 'TFLOP/s', nvidiaH100),
    fp8: fig(1513, 'TFLOP/s', nvidiaH100),
    price: null,
  },
  h200: {
    id: 'h200', name: 'NVIDIA H200 SXM', vendor: 'NVIDIA', memoryGB: 141,
    tdp: fig(700, 'W', {
      title: 'NVIDIA H200 Tensor Core GPU', publisher: 'NVIDIA', url: 'https://www.nvidia.com/en-us/data-center/h200/',
      year: 2024, status: 'secondary', note: 'Up to 700 W; same compute as the H100 SXM, 141 GB HBM3e.',
    }),
    bf16: fig(989.4, 'TFLOP/s', klockwood('H100')),
    fp8: fig(1978.9, 'TFLOP/s', klockwood('H100')),
    price: null,
  },
  b200: {
    id: 'b200', name: 'NVIDIA B200 (HGX, 1,000 W)', vendor: 'NVIDIA', memoryGB: 180,
    tdp: fig(1000, 'W', klockwood('B200')),
    bf16: fig(2250, 'TFLOP/s', klockwood('B200')),
    fp8: fig(4500, 'TFLOP/s', klockwood('B200')),
    price: fig(range(30_000, 40_000, 35_000), 'USD', {
      title: 'Nvidia CEO Jensen Huang says demand for next-generation Blackwell AI chip is "insane" (CNBC interview)',
      publisher: 'CNBC, as reported by Brief Briefing',
      url: 'https://briefbriefing.com/2024/10/03/nvidia-ceo-jensen-huang-says-demand-for-next-generation-blackwell-ai-chip-is-insane',
      year: 2024, status: 'estimate', note: 'Reported range $30,000–$40,000 per unit.',
    }),
  },
  gb200: {
    id: 'gb200', name: 'NVIDIA GB200 (per B200 GPU in NVL72, 1,200 W)', vendor: 'NVIDIA', memoryGB: 186,
    tdp: fig(1200, 'W', klockwood('GB200')),
    bf16: fig(2500, 'TFLOP/s', klockwood('GB200')),
    fp8: fig(5000, 'TFLOP/s', klockwood('GB200')),
    price: null,
  },
  mi300x: {
    id: 'mi300x', name: 'AMD Instinct MI300X', vendor: 'AMD', memoryGB: 192,
    tdp: fig(750, 'W', amdMi3),
    bf16: fig(1307.4, 'TFLOP/s', amdMi3),
    fp8: fig(2614.9, 'TFLOP/s', amdMi3),
    price: null,
  },
  mi325x: {
    id: 'mi325x', name: 'AMD Instinct MI325X', vendor: 'AMD', memoryGB: 256,
    tdp: fig(1000, 'W', amdMi3),
    bf16: fig(1307.4, 'TFLOP/s', amdMi3),
    fp8: fig(2614.9, 'TFLOP/s', amdMi3),
    price: null,
  },
  'gaudi-3': {
    id: 'gaudi-3', name: 'Intel Gaudi 3 (OAM)', vendor: 'Intel', memoryGB: 128,
    tdp: fig(900, 'W', {
      title: 'Intel Gaudi 3 AI accelerator', publisher: 'Intel',
      url: 'https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html',
      year: 2024, status: 'secondary', note: 'One report says about 600 W; 900 W is the widely cited OAM figure.',
    }),
    bf16: fig(1835, 'TFLOP/s', {
      title: 'Intel Gaudi 3 AI accelerator', publisher: 'Intel',
      url: 'https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html',
      year: 2024, status: 'secondary',
    }),
    fp8: fig(1835, 'TFLOP/s', {
      title: 'Intel Gaudi 3 AI accelerator', publisher: 'Intel',
      url: 'https://www.intel.com/content/www/us/en/products/details/processors/ai-accelerators/gaudi.html',
      year: 2024, status: 'secondary',
    }),
    price: fig(range(15_625), 'USD', {
      title: 'Stacking up Intel Gaudi against Nvidia GPUs for AI (Computex 2024 list price: 8 Gaudi 3 for $125,000)',
      publisher: 'The Next Platform',
      url: 'https://www.nextplatform.com/2024/06/13/stacking-up-intel-gaudi-against-nvidia-gpus-for-ai/',
      year: 2024, status: 'secondary', note: '$125,000 ÷ 8 = $15,625 per accelerator.',
    }),
  },
};

const ember: Source = {
  title: 'Yearly electricity data (Ember), as published in Our World in Data\'s energy-data',
  publisher: 'Ember; Our World in Data',
  url: 'https://github.com/owid/energy-data',
  year: 2024,
  status: 'secondary',
  note: 'Demand is generation plus net imports, before grid losses.',
};

const regions: Record<string, Region> = {
  us: {
    id: 'us', name: 'the United States',
    householdKwh: fig(10_791, 'kWh/yr', {
      title: 'How much electricity does an American home use? (FAQ 97)', publisher: 'U.S. Energy Information Administration',
      url: 'https://www.eia.gov/tools/faqs/faq.php?id=97', year: 2022, status: 'secondary',
      note: 'Average residential customer, 2022. The 2020 figure was 10,715 kWh; one copy gives 10,260 kWh for 2023.',
    }),
    demandTwh: fig(4405, 'TWh/yr', ember),
    electricityUsdPerKwh: fig(0.0806, 'USD/kWh', {
      ...epochEnergy, year: 2023, status: 'secondary',
      note: 'U.S. industrial average, 8.06 ¢/kWh in 2023 (8.32 ¢ in 2022), EIA Electric Power Monthly table 5.6.A.',
    }),
  },
  uk: {
    id: 'uk', name: 'the United Kingdom',
    householdKwh: fig(2500, 'kWh/yr', {
      title: 'Review of typical domestic consumption values (TDCV, medium, single-rate, from 1 July 2026)',
      publisher: 'Ofgem', url: 'https://www.ofgem.gov.uk/average-gas-and-electricity-usage', year: 2026, status: 'secondary',
      note: 'Great Britain. The value in force until June 2026 was 2,700 kWh.',
    }),
    demandTwh: null,
    electricityUsdPerKwh: null,
  },
  eu: {
    id: 'eu', name: 'the European Union',
    householdKwh: fig(3600, 'kWh/yr', {
      title: 'Electricity consumption per dwelling (EU27)', publisher: 'Odyssee-Mure',
      url: 'https://www.odyssee-mure.eu/publications/efficiency-by-sector/households/electricity-consumption-dwelling.html',
      year: 2025, status: 'verified', note: 'From 1.8 MWh (Romania) to 8.5 MWh (Sweden).',
    }),
    demandTwh: null,
    electricityUsdPerKwh: null,
  },
  de: {
    id: 'de', name: 'Germany',
    householdKwh: fig(range(3144, 3208), 'kWh/yr', {
      title: 'Household electricity use of switching customers, 2023 (CHECK24: 3,144 kWh; Verivox: 3,208 kWh)',
      publisher: 'CHECK24; Verivox', url: 'https://www.verivox.de/', year: 2023, status: 'estimate',
      note: 'Customer samples, not an official average.',
    }),
    demandTwh: fig(519, 'TWh/yr', {
      title: 'Electricity consumption in Germany, 2022', publisher: 'BDEW, as reported by Handelsblatt',
      url: 'https://www.bdew.de/', year: 2022, status: 'secondary',
    }),
    electricityUsdPerKwh: null,
  },
  jp: {
    id: 'jp', name: 'Japan',
    householdKwh: fig(4175, 'kWh/yr', {
      title: 'FY2021 survey on CO2 emissions of the household sector', publisher: 'Ministry of the Environment, Japan',
      url: 'https://www.env.go.jp/earth/ondanka/kateico2tokei/', year: 2021, status: 'verified',
    }),
    demandTwh: null,
    electricityUsdPerKwh: null,
  },
  cn: {
    id: 'cn', name: 'China',
    householdKwh: null,
    demandTwh: fig(10_070, 'TWh/yr', ember),
    electricityUsdPerKwh: null,
  },
  world: {
    id: 'world', name: 'the world',
    householdKwh: null,
    demandTwh: fig(30_856, 'TWh/yr', {
      title: 'Global Electricity Review 2025', publisher: 'Ember', url: 'https://ember-energy.org/latest-insights/global-electricity-review-2025/',
      year: 2024, status: 'secondary',
    }),
    electricityUsdPerKwh: null,
  },
};

export const figures: FigureSet = {
  version: '2026-11',
  accelerators,
  regions,
  serverOverhead: fig(range(1.8, 2.14, 1.82), '×', {
    ...epochEnergy,
    note: 'Low: Epoch\'s chip-to-server multiplier (1.8). Central: DGX H100, 10.2 kW for 8 GPUs of 700 W (1.82). '
      + 'High: SemiAnalysis, 1,500 W of IT power per H100 with network and storage (2.14).',
  }),
  utilization: fig(range(0.5, 1, 0.75), 'of maximum', {
    ...epochEnergy,
    note: 'Average server draw as a share of its maximum: 0.75, 90% interval 0.5–1.0.',
  }),
  pue: fig(range(1.08, 1.56, 1.1), '×', {
    title: 'PUE: Meta fleet 1.08 (2023), Google fleet 1.10 (2023), Uptime Institute industry average 1.56 (2024)',
    publisher: 'Meta; Google; Uptime Institute',
    url: 'https://sustainability.google/reports/google-2024-environmental-report/',
    year: 2024, status: 'secondary',
    note: 'Central value: hyperscale operators, as Epoch AI assumes (1.1).',
  }),
  evKwh: fig(2800, 'kWh/yr', {
    title: 'Fact #994: electricity used by an electric car charged at home (Nissan Leaf, 9,697 miles a year)',
    publisher: 'U.S. Department of Energy, Vehicle Technologies Office',
    url: 'https://www.energy.gov/eere/vehicles/articles/fact-994-september-11-2017-electric-vehicle-charging-consumes-less-energy', year: 2017, status: 'verified',
    note: 'EIA\'s 2020 household survey gives 2,363 kWh of home charging a year; sources disagree.',
  }),
  reactorTwh: fig(8.12, 'TWh/yr', {
    title: 'Nuclear explained: U.S. fleet capacity factor 92.7% (2021)', publisher: 'U.S. Energy Information Administration',
    url: 'https://www.eia.gov/energyexplained/nuclear/', year: 2021, status: 'derived',
    note: '1 GW × 8,760 h × 0.927 = 8.12 TWh a year.',
  }),
  serverCost: fig(range(1.54, 1.69, 1.64), '×', {
    title: 'training-cost-trends, hardware.py (server cost overhead)', publisher: 'Epoch AI',
    url: 'https://github.com/epoch-research/training-cost-trends', year: 2024, status: 'verified',
    note: 'Server price ÷ GPU price: 1.64 on average (A100 1.66, V100 1.69, P100 1.54).',
  }),
  networkCost: fig(range(1.11, 1.18, 1.14), '×', {
    title: 'The rising costs of training frontier AI models (arXiv:2405.21015)', publisher: 'Cottier et al., Epoch AI and Stanford',
    url: 'https://arxiv.org/abs/2405.21015', year: 2024, status: 'derived',
    note: 'Cluster interconnect is 9–13% of amortized hardware cost; analysts put networking at 10–15% of cluster cost. '
      + 'A 10–15% share adds 11–18% on top of the servers (1 ÷ (1 − share)).',
  }),
  hoursPerYear: 8760,
  seed: {
    gpus: fig(100_000, 'GPUs', {
      title: 'Meta is using more than 100,000 Nvidia H100 AI GPUs to train Llama-4 (Zuckerberg, Q3 2024 earnings call)',
      publisher: 'Tom\'s Hardware',
      url: 'https://www.tomshardware.com/tech-industry/artificial-intelligence/meta-is-using-more-than-100-000-nvidia-h100-ai-gpus-to-train-llama-4-mark-zuckerberg-says-that-llama-4-is-being-trained-on-a-cluster-bigger-than-anything-that-ive-seen',
      year: 2024, status: 'secondary',
    }),
    gpu: 'h100-sxm',
  },
};
