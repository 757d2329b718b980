// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// German words of <inference-energy>, a part of the German catalog that only this element fetches
// (dist/locales/de-inference-energy.js), so that dist/locales/de.js stays within its budget.

import type { PartCatalog } from '../core/messages/types.js';
import { registerPart } from './register.js';

export const deInference: PartCatalog = {
  'infer.expect.perPrompt': 'eine Energiemenge pro Anfrage von mehr als 0 bis höchstens 1 kWh, etwa „0,3 Wh“ oder „0,24 Wh“',
  'infer.expect.prompts': 'eine Anzahl von Anfragen pro Tag oder Jahr, etwa „2,5 Milliarden“, „2,5 Milliarden pro Tag“ oder „900 Milliarden pro Jahr“',
  'infer.expect.claim': 'eine Angabe pro Anfrage („0,34 Wh pro Anfrage“), ein Vielfaches einer Suche („ten times as much as a Google search“) oder, zusammen mit „prompts“, Strom, Haushalte oder Tonnen CO2 eines Jahres',
  'infer.heading': 'Wie viel Strom braucht die Nutzung von KI?',
  'infer.perPrompt': '{energy} pro Anfrage',
  'infer.summary.year': '{prompts} Anfragen pro Tag mit je {perPrompt} verbrauchen rund {energy} Strom im Jahr, {equivalence}.',
  'infer.summary.prompt': '{name} verbraucht {perPrompt} pro Anfrage, das {ratio}-Fache des Stroms einer Websuche (Google, 2009).',
  'infer.summary.own': 'Mit {perPrompt} verbraucht eine Anfrage das {ratio}-Fache des Stroms einer Websuche (Google, 2009).',
  'infer.sub.year': '{perPrompt} pro Anfrage, {prompts} Anfragen pro Tag: im Mittel eine Leistung von {power}.',
  'infer.sub.prompt': 'Für den Jahresverbrauch das Attribut „prompts“ angeben.',
  'infer.counts': '{name} erfasst {scope}.',
  'infer.ownName': 'Der angegebene Wert',
  'infer.scope.accelerators': 'nur die KI-Chips',
  'infer.scope.server': 'ganze Server, ohne Kühlung und Verluste des Rechenzentrums',
  'infer.scope.facility': 'ganze Server samt Kühlung und Verlusten des Rechenzentrums',
  'infer.scope.unstated': 'einen Umfang, den die Quelle nicht nennt',
  'infer.scopeNote': 'Die beiden Werte erfassen womöglich Verschiedenes: {a} erfasst {sa}; {b} erfasst {sb}.',
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
