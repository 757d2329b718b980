// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// German words of <inference-energy>, a part of the German catalog that only this element fetches
// (dist/locales/de-inference-energy.js), so that dist/locales/de.js stays within its budget.

import type { PartCatalog } from '../core/messages/types.js';
import { registerPart } from './register.js';

export const deInference: PartCatalog = {
  'infer.expect.perPrompt': 'eine Energiemenge pro Anfrage über 0 und bis 1 kWh, etwa „0,3 Wh“ oder „0,24 Wh“',
  'infer.expect.prompts': 'eine Zahl von Anfragen pro Tag oder Jahr, etwa „2,5 Milliarden“, „2,5 Milliarden pro Tag“ oder „900 Milliarden pro Jahr“',
  'infer.expect.claim': 'eine Angabe pro Anfrage („0,34 Wh pro Anfrage“), ein Vielfaches einer Suche („ten times as much as a Google search“) oder, mit „prompts“, Strom, Haushalte oder Tonnen CO2 eines Jahres',
  'infer.heading': 'Wie viel Strom braucht die Nutzung von KI?',
  'infer.perPrompt': '{energy} pro Anfrage',
  'infer.summary.year': '{prompts} Anfragen pro Tag mit je {perPrompt} verbrauchen rund {energy} Strom im Jahr, {equivalence}.',
  'infer.summary.prompt': '{name} braucht {perPrompt} pro Anfrage, das {ratio}-Fache einer Websuche (Google, 2009).',
  'infer.summary.own': 'Bei {perPrompt} pro Anfrage braucht eine Anfrage das {ratio}-Fache des Stroms einer Websuche (Google, 2009).',
  'infer.sub.year': '{perPrompt} pro Anfrage, {prompts} Anfragen pro Tag: im Schnitt {power}.',
  'infer.sub.prompt': 'Für den Strom eines Jahres „prompts“ angeben.',
  'infer.counts': '{name} zählt {scope}.',
  'infer.ownName': 'Der angegebene Wert',
  'infer.scope.accelerators': 'nur die KI-Chips',
  'infer.scope.server': 'ganze Server, ohne Kühlung und Verluste des Rechenzentrums',
  'infer.scope.facility': 'ganze Server samt Kühlung und Verlusten des Rechenzentrums',
  'infer.scope.unstated': 'was, sagt die Quelle nicht',
  'infer.scopeNote': 'Die beiden Werte zählen womöglich Verschiedenes: {a} zählt {sa}; {b} zählt {sb}.',
  'infer.searchName': 'Google-Suche (2009)',
  'infer.ratio': 'das {ratio}-Fache des Stroms einer Websuche',
  'infer.tonnes': '{tonnes} t CO2',
  'infer.a.intensity': 'CO2-Intensität des Stromnetzes',
  'infer.grams': '{grams} g CO2 pro Anfrage',
  'infer.waterPrompt': '{ml} ml Wasser pro Anfrage',
  'infer.waterYear': '{litres} Liter Wasser im Jahr',
  'infer.a.perPrompt': 'Strom pro Anfrage',
  'infer.a.prompts': 'Anfragen pro Tag',
  'infer.a.water': 'Wasser pro Anfrage',
};

registerPart('de-inference-energy', deInference);
