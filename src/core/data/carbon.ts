// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures only <carbon-footprint> needs, versioned like the shared set and kept apart from it so
// the single-file bundle carries them only with that element. Never edit a published version.

import type { Figure, Source } from './types.js';
import { byVersion } from './version.js';

export interface CarbonFigures {
  readonly version: string;
  /** CO2 of a typical passenger vehicle in a year, tonnes. */
  readonly carTonnes: Figure<number>;
  /** CO2 from burning a gallon of gasoline, g. */
  readonly gasolineGrams: Figure<number>;
  /** Average grid carbon intensity, g CO2(e) per kWh, by region id. */
  readonly gridGPerKwh: Readonly<Record<string, Figure<number>>>;
  /** Marginal grid intensity (what added demand emits), g CO2 per kWh, by region id; rarely published. */
  readonly marginalGPerKwh: Readonly<Record<string, Figure<number>>>;
}

const fig = <T>(value: T, unit: string, source: Source) => ({ value, unit, source });

const ember: Source = {
  title: 'Yearly electricity data (Ember), as published in Our World in Data\'s energy-data',
  publisher: 'Ember; Our World in Data',
  url: 'https://github.com/owid/energy-data',
  year: 2024,
  status: 'secondary',
  note: 'Lifecycle intensities (CO2e, including upstream emissions), higher than direct-combustion figures.',
};

const nov: CarbonFigures = {
  version: '2026-11',
  carTonnes: fig(4.7, 't CO2/yr', {
    title: 'Greenhouse gas emissions from a typical passenger vehicle', publisher: 'U.S. Environmental Protection Agency',
    url: 'https://www.epa.gov/greenvehicles/greenhouse-gas-emissions-typical-passenger-vehicle', year: 2023, status: 'verified',
    note: 'The June 2023 fact sheet said 4.6 t.',
  }),
  gasolineGrams: fig(8887, 'g CO2/gal', {
    title: 'Greenhouse gas emissions from a typical passenger vehicle', publisher: 'U.S. Environmental Protection Agency',
    url: 'https://www.epa.gov/greenvehicles/greenhouse-gas-emissions-typical-passenger-vehicle', year: 2023, status: 'verified',
  }),
  gridGPerKwh: {
    us: fig(367, 'g/kWh', {
      title: 'How much carbon dioxide is produced per kilowatthour of U.S. electricity generation? (FAQ 74)',
      publisher: 'U.S. Energy Information Administration', url: 'https://www.eia.gov/tools/faqs/faq.php?id=74',
      year: 2023, status: 'verified', note: '0.81 lb CO2 per kWh of utility-scale generation, direct emissions.',
    }),
    de: fig(381, 'g/kWh', { ...ember, year: 2023 }),
    cn: fig(555, 'g/kWh', ember),
    world: fig(481, 'g/kWh', { ...ember, year: 2023, note: 'Lifecycle CO2e, 2023, as cited by Statista.' }),
  },
  marginalGPerKwh: {
    us: fig(707, 'g/kWh', {
      title: 'Greenhouse Gas Equivalencies Calculator: calculations and references (AVERT national marginal rate)',
      publisher: 'U.S. Environmental Protection Agency', url: 'https://www.epa.gov/energy/greenhouse-gas-equivalencies-calculator-calculations-and-references',
      year: 2019, status: 'secondary',
      note: 'What power plants brought online to meet added demand emit: 1,559 lb/MWh. Use it for added or avoided kWh; the average rate is for consumed kWh.',
    }),
  },
};

// 2026-12: every average intensity on one basis, Ember's life-cycle CO2e, so that regions compare
// like for like (the US figure was EIA's direct CO2 from generation, 367 g); the basis is in each
// figure's unit. The marginal rate is direct CO2, as EPA publishes it.
const lifecycle = 'g CO2e/kWh, life-cycle';
const owidGrapher: Source = {
  ...ember, title: 'Carbon intensity of electricity, 2023', year: 2023,
  url: 'https://ourworldindata.org/grapher/carbon-intensity-electricity?tab=table',
};
const dec: CarbonFigures = {
  version: '2026-12',
  carTonnes: fig(4.6, 't CO2/yr', {
    ...nov.carTonnes.source,
    title: 'Greenhouse gas emissions from a typical passenger vehicle (EPA-420-F-23-014)',
    note: 'The page now says 4.7 t.',
  }),
  gasolineGrams: nov.gasolineGrams,
  gridGPerKwh: {
    us: fig(384, lifecycle, { ...ember, note: 'EIA\'s direct CO2 (367 g, 2023) is another basis.' }),
    de: fig(381, lifecycle, owidGrapher),
    fr: fig(56, lifecycle, owidGrapher),
    es: fig(137, lifecycle, {
      title: 'Electricity in Spain in 2023', publisher: 'LowCarbonPower', url: 'https://lowcarbonpower.org/region/Spain',
      year: 2023, status: 'secondary', note: '136.77 g, life-cycle.',
    }),
    cn: fig(555, lifecycle, ember),
    world: fig(481, lifecycle, nov.gridGPerKwh.world.source),
  },
  marginalGPerKwh: {
    us: fig(699, 'g CO2/kWh, direct', {
      ...nov.marginalGPerKwh.us.source, year: 2022, status: 'secondary',
      note: '1,540.1 lb/MWh, direct CO2 (2019 data: 1,559), for added or avoided kWh.',
    }),
  },
};

export const carbonFigureSets: readonly CarbonFigures[] = [nov, dec];

/** The carbon figures in force for a figure-set version. */
export const carbonFigures = (version: string): CarbonFigures => byVersion(carbonFigureSets, version);
