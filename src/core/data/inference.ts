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
  /** CO2e per prompt, g, as the source reports it (its own accounting; the element computes its own from the grid). */
  readonly co2g?: Figure<number>;
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
  note: '“The average query uses about 0.34 watt-hours … about 0.000085 gallons of water”, as quoted by the press (June 2025); no method or scope given.',
};

const gemini: Source = {
  title: 'Measuring the environmental impact of delivering AI at Google Scale (arXiv:2508.15734)', publisher: 'Google',
  url: 'https://arxiv.org/abs/2508.15734', year: 2025, status: 'secondary',
  note: 'Median Gemini Apps text prompt, May 2025, measured in production: AI accelerators, host CPUs and memory, idle machines kept ready, and data-centre overhead (PUE); 0.10 Wh counting the active accelerators alone. CO2e is market-based. Read through the paper’s abstract as quoted.',
};

// OpenAI's usage figure, the only one a company states: 2.5 billion prompts a day (July 2025).
const chatgptUsage = fig(2.5e9, 'prompts/day', {
  title: 'ChatGPT users send 2.5 billion prompts a day', publisher: 'OpenAI, to Axios; reported by BGR',
  url: 'https://www.bgr.com/1919271/chatgpt-2-5-billion-prompts-every-day/', year: 2025, status: 'secondary',
  note: 'OpenAI’s own figure, given to Axios on 21 July 2025 and confirmed by an OpenAI spokesperson; over 2.5 billion prompts a day worldwide, 330 million from the US.',
});

const dec: InferenceFigures = {
  version: '2026-12',
  models: [
    {
      id: 'chatgpt-openai-2025', name: 'ChatGPT (OpenAI 2025)', scope: 'unstated',
      wh: fig(range(0.34), 'Wh/prompt', altman),
      // 0.000085 US gal × 3,785.41 mL/gal = 0.3218 mL.
      waterMl: fig(0.3218, 'mL/prompt', { ...altman, status: 'derived', note: '0.000085 US gallons × 3,785.41 mL a gallon = 0.32 mL; no method given.' }),
      promptsPerDay: chatgptUsage,
    },
    {
      id: 'gpt-4o-epoch-2025', name: 'GPT-4o (Epoch AI 2025)', scope: 'facility',
      wh: fig(range(0.3), 'Wh/prompt', {
        title: 'How much energy does ChatGPT use?', publisher: 'Epoch AI (Gradient Updates)',
        url: 'https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use', year: 2025, status: 'estimate',
        note: 'A typical GPT-4o query of 500 output tokens, “roughly 0.3 watt-hours”, estimated (February 2025): H100 servers at 1,275 W a GPU (DGX H100), 70% of peak power, PUE 1.2, so servers and data-centre overhead.',
      }),
      promptsPerDay: chatgptUsage,
    },
    {
      id: 'gemini-google-2025', name: 'Gemini (Google 2025)', scope: 'facility',
      wh: fig(range(0.24), 'Wh/prompt', gemini),
      waterMl: fig(0.26, 'mL/prompt', gemini),
      co2g: fig(0.03, 'g CO2e/prompt', gemini),
    },
    {
      id: 'chatgpt-2023', name: 'ChatGPT (de Vries 2023)', scope: 'server',
      // 564 MWh a day ÷ 195 million requests = 2.89 Wh; de Vries rounds to 3 Wh.
      wh: fig(range(2.9, 3, 2.9), 'Wh/prompt', {
        title: 'The growing energy footprint of artificial intelligence (Joule 7, 2191–2194)', publisher: 'Alex de Vries; repeated by EPRI, Powering Intelligence (2024)',
        url: 'https://doi.org/10.1016/j.joule.2023.09.004', year: 2023, status: 'estimate',
        note: 'From SemiAnalysis’s estimate of 3,617 HGX A100 servers at their maximum power, 564 MWh a day, over 195 million requests: 2.9 Wh (EPRI), about 3 Wh (de Vries). Servers only, no data-centre overhead.',
      }),
    },
    {
      id: 'google-search-2009', name: 'Google search (2009)', search: true, scope: 'unstated',
      wh: fig(range(0.3), 'Wh/search', {
        title: 'Powering a Google search', publisher: 'Google (Urs Hölzle)', url: 'https://googleblog.blogspot.com/2009/01/powering-google-search.html',
        year: 2009, status: 'secondary',
        note: '0.0003 kWh (1 kJ) per search, with the work done before it (crawling, indexing), as quoted by Epoch AI and EPRI; the split between servers and the rest of the data centre is not given.',
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
