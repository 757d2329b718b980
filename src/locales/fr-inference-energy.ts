// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// French words of <inference-energy>, a part of the French catalog that only this element fetches
// (dist/locales/fr-inference-energy.js), so that dist/locales/fr.js stays within its budget.

import type { PartCatalog } from '../core/messages/types.js';
import { registerPart } from './register.js';

export const frInference: PartCatalog = {
  'infer.expect.perPrompt': 'une énergie par requête supérieure à 0 et d’au plus 1 kWh, comme « 0,3 Wh » ou « 0,24 Wh »',
  'infer.expect.prompts': 'un nombre de requêtes par jour ou par an, comme « 2,5 milliards », « 2,5 milliards par jour » ou « 900 milliards par an »',
  'infer.expect.claim': 'un chiffre par requête (« 0,34 Wh par requête »), un multiple d’une recherche (« ten times as much as a Google search ») ou, avec l’attribut « prompts », l’électricité, les foyers ou les tonnes de CO2 d’une année',
  'infer.heading': 'Combien d’électricité consomme l’utilisation de l’IA ?',
  'infer.perPrompt': '{energy} par requête',
  'infer.summary.year': '{prompts} requêtes par jour à {perPrompt} chacune consomment environ {energy} d’électricité par an, {equivalence}.',
  'infer.summary.prompt': '{name} consomme {perPrompt} par requête, soit {ratio} fois l’électricité d’une recherche sur le web (Google, 2009).',
  'infer.summary.own': 'À {perPrompt} par requête, une requête consomme {ratio} fois l’électricité d’une recherche sur le web (Google, 2009).',
  'infer.sub.year': '{perPrompt} par requête, {prompts} requêtes par jour : une puissance moyenne de {power}.',
  'infer.sub.prompt': 'Indiquez l’attribut « prompts » pour obtenir la consommation sur un an.',
  'infer.counts': '{name} porte sur {scope}.',
  'infer.ownName': 'Le chiffre indiqué',
  'infer.scope.accelerators': 'les seules puces d’IA',
  'infer.scope.server': 'des serveurs entiers, sans le refroidissement ni les pertes du centre de données',
  'infer.scope.facility': 'des serveurs entiers, avec le refroidissement et les pertes du centre de données',
  'infer.scope.unstated': 'un périmètre que sa source ne précise pas',
  'infer.scopeNote': 'Les deux chiffres ne portent peut-être pas sur la même chose : {a} porte sur {sa} ; {b} porte sur {sb}.',
  'infer.searchName': 'Recherche Google (2009)',
  'infer.ratio': '{ratio} fois l’électricité d’une recherche sur le web',
  'infer.tonnes': '{tonnes} t de CO2',
  'infer.a.intensity': 'Intensité carbone du réseau',
  'infer.grams': '{grams} g de CO2 par requête',
  'infer.waterPrompt': '{ml} ml d’eau par requête',
  'infer.waterYear': '{litres} litres d’eau par an',
  'infer.a.perPrompt': 'Électricité par requête',
  'infer.a.prompts': 'Requêtes par jour',
  'infer.a.water': 'Eau par requête',
};

registerPart('fr-inference-energy', frInference);
