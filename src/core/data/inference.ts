// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Figures only <inference-energy> needs: electricity (and where given, water) per prompt of named
// AI services and of a web search, with what each figure counts, and usage only where a company
// states it. Versioned like the shared set and kept apart from it so the single-file bundle
// carries them only with that element. Never edit a published version.

import { range, type Range } from '../range.js';
import type { Figure, Source } from './types.js';
import { byVersion } from './version.js';

/**
 * What a per-prompt figure counts, from narrowest to widest: the AI chips alone; whole servers
 * (chips, host CPUs, memory) without the data centre's overhead; whole servers and the data
 * centre's overhead (cooling, power conversion: PUE); or a figure whose source does not say.
 * Figures of different scopes are never compared without saying so.
 */
export type InferenceScope = 'accelerators' | 'server' | 'facility' | 'unstated';

/** A service's energy per prompt (or per search), as its source gives it. */
export interface InferenceModel {
  readonly id: string;
  /** A proper name, the same in every language: service, who measured or estimated it, year. */
  readonly name: string;
  /** Whether this is a web search, the yardstick of "ten times a Google search". */
  readonly search?: boolean;
  /** Electricity per prompt, Wh. */
  readonly wh: Figure<Range>;
  readonly scope: InferenceScope;
  /** Water consumed per prompt, mL, where the source gives it. */
  readonly waterMl?: Figure<number>;
  /** Prompts a day to the service, where its company states them. */
  readonly promptsPerDay?: Figure<number>;
}

export interface InferenceFigures {
  readonly version: string;
  /** The catalog; the first is what a bare tag shows. */
  readonly models: readonly InferenceModel[];
}

const fig = <T>(value: T, unit: string, source: Source) => ({ value, unit, source });

const altman: Source = {
  title: 'The Gentle Singularity', publisher: 'Sam Altman, chief executive of OpenAI', url: 'https://blog.samaltman.com/the-gentle-singularity',
  year: 2025, status: 'secondary',
  note: '“The average query uses about 0.34 watt-hours”, as quoted by the press; no method or scope given.',
};

const gemini: Source = {
  title: 'Measuring the environmental impact of delivering AI at Google Scale (arXiv:2508.15734)', publisher: 'Google',
  url: 'https://arxiv.org/abs/2508.15734', year: 2025, status: 'secondary',
  note: 'Measured, May 2025: accelerators, host CPUs and memory, idle machines and data-centre overhead; 0.10 Wh for the accelerators alone. 0.03 g CO2e, market-based.',
};

// OpenAI's usage figure, the only one a company states: 2.5 billion prompts a day (July 2025).
const chatgptUsage = fig(2.5e9, 'prompts/day', {
  title: 'ChatGPT gets 2.5 billion prompts a day', publisher: 'OpenAI, to Axios; via BGR',
  url: 'https://www.bgr.com/1919271/chatgpt-2-5-billion-prompts-every-day/', year: 2025, status: 'secondary',
  note: 'OpenAI’s figure, given to Axios on 21 July 2025.',
});

const dec: InferenceFigures = {
  version: '2026-12',
  models: [
    {
      id: 'chatgpt-openai-2025', name: 'ChatGPT (OpenAI 2025)', scope: 'unstated',
      wh: fig(range(0.34), 'Wh/prompt', altman),
      // 0.000085 US gal × 3,785.41 mL/gal = 0.3218 mL.
      waterMl: fig(0.3218, 'mL/prompt', { ...altman, status: 'derived', note: '“About 0.000085 gallons of water” × 3,785.41 mL a US gallon.' }),
      promptsPerDay: chatgptUsage,
    },
    {
      id: 'gpt-4o-epoch-2025', name: 'GPT-4o (Epoch AI 2025)', scope: 'facility',
      wh: fig(range(0.3), 'Wh/prompt', {
        title: 'How much energy does ChatGPT use?', publisher: 'Epoch AI (Gradient Updates)',
        url: 'https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use', year: 2025, status: 'estimate',
        note: 'A 500-token query on H100 servers (1,275 W a GPU) at 70% of peak power, PUE 1.2.',
      }),
      promptsPerDay: chatgptUsage,
    },
    {
      id: 'gemini-google-2025', name: 'Gemini (Google 2025)', scope: 'facility',
      wh: fig(range(0.24), 'Wh/prompt', gemini),
      waterMl: fig(0.26, 'mL/prompt', gemini),
    },
    {
      id: 'chatgpt-2023', name: 'ChatGPT (de Vries 2023)', scope: 'server',
      // 564 MWh a day ÷ 195 million requests = 2.89 Wh; de Vries rounds to 3 Wh.
      wh: fig(range(2.9, 3, 2.9), 'Wh/prompt', {
        title: 'The growing energy footprint of artificial intelligence (Joule)', publisher: 'Alex de Vries; EPRI (2024)',
        url: 'https://doi.org/10.1016/j.joule.2023.09.004', year: 2023, status: 'estimate',
        note: '3,617 HGX A100 servers at maximum power (SemiAnalysis), 564 MWh a day ÷ 195 million requests; no data-centre overhead.',
      }),
    },
    {
      id: 'google-search-2009', name: 'Google search (2009)', search: true, scope: 'unstated',
      wh: fig(range(0.3), 'Wh/search', {
        title: 'Powering a Google search', publisher: 'Google (Urs Hölzle)', url: 'https://googleblog.blogspot.com/2009/01/powering-google-search.html',
        year: 2009, status: 'secondary',
        note: '0.0003 kWh a search, crawling and indexing included, as quoted by Epoch AI and EPRI.',
      }),
    },
  ],
};

/** Every published set of inference figures, oldest first. */
export const inferenceFigureSets: readonly InferenceFigures[] = [dec];

/**
 * The inference figures in force for a figure-set version. They first appear in 2026-12; an
 * earlier `as-of` gets them too, since no article pinned to 2026-11 can show this element.
 */
export const inferenceFigures = (version: string): InferenceFigures => byVersion(inferenceFigureSets, version);
