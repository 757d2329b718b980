// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook Component Story Format: plain objects and functions, no Storybook import needed.
import { html, nothing } from 'lit';
import '../src/components/inference-energy/inference-energy.js';

export interface InferenceEnergyArgs {
  model?: string;
  perPrompt?: string;
  prompts?: string;
  region?: string;
  grid?: string;
  claim?: string;
  heading?: string;
  locale?: string;
  theme?: string;
  asOf?: string;
  interactive?: boolean;
}

const a = (v: string | undefined) => v ?? nothing;

export default {
  title: 'Calculators/inference-energy',
  component: 'inference-energy',
  render: (args: InferenceEnergyArgs) => html`<inference-energy
    model=${a(args.model)} per-prompt=${a(args.perPrompt)} prompts=${a(args.prompts)} region=${a(args.region)} grid=${a(args.grid)}
    claim=${a(args.claim)} heading=${a(args.heading)} locale=${a(args.locale)} theme=${a(args.theme)} as-of=${a(args.asOf)}
    ?interactive=${args.interactive ?? false}
  ></inference-energy>`,
  argTypes: {
    model: { control: 'select', options: ['chatgpt-openai-2025', 'gpt-4o-epoch-2025', 'gemini-google-2025', 'chatgpt-2023'] },
    locale: { control: 'select', options: ['en', 'de', 'fr', 'es'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    interactive: { control: 'boolean' },
  },
};

/** A bare tag: ChatGPT at OpenAI's 0.34 Wh a prompt and 2.5 billion prompts a day, for a year. */
export const ChatGptYear = { args: {} };

/** Google's measured median Gemini text prompt, per prompt (Google states no prompts a day). */
export const GeminiPerPrompt = { args: { model: 'gemini-google-2025' } };

/** The 2023 estimate and the claim it gave rise to, with the note that the two figures count different things. */
export const TenSearches = { args: { model: 'chatgpt-2023', claim: 'ten times as much as a Google search' } };

/** The author's figure and volume, checked against a homes claim, with the reader's sliders. */
export const OwnFigures = { args: { perPrompt: '0.3 Wh', prompts: '900 billion a year', claim: 'as much electricity as 100,000 homes', interactive: true } };

/** In German, in the dark theme. */
export const GermanDark = { args: { locale: 'de', theme: 'dark' } };
