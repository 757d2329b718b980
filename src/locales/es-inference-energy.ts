// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Spanish words of <inference-energy>, a part of the Spanish catalog that only this element fetches
// (dist/locales/es-inference-energy.js), so that dist/locales/es.js stays within its budget.

import type { PartCatalog } from '../core/messages/types.js';
import { registerPart } from './register.js';

export const esInference: PartCatalog = {
  'infer.expect.perPrompt': 'una energía por consulta mayor que 0 y de hasta 1 kWh, como «0,3 Wh» o «0,24 Wh»',
  'infer.expect.prompts': 'un número de consultas al día o al año, como «2.500 millones», «2.500 millones al día» o «900.000 millones al año»',
  'infer.expect.claim': 'una cifra por consulta («0,34 Wh por consulta»), un múltiplo de una búsqueda («ten times as much as a Google search») o, con el atributo «prompts», la electricidad, los hogares o las toneladas de CO2 de un año',
  'infer.heading': '¿Cuánta electricidad consume el uso de la IA?',
  'infer.perPrompt': '{energy} por consulta',
  'infer.summary.year': '{prompts} consultas al día a {perPrompt} cada una consumen unos {energy} de electricidad al año, {equivalence}.',
  'infer.summary.prompt': '{name} consume {perPrompt} por consulta, es decir, {ratio} veces la electricidad de una búsqueda web (Google, 2009).',
  'infer.summary.own': 'A {perPrompt} por consulta, una consulta consume {ratio} veces la electricidad de una búsqueda web (Google, 2009).',
  'infer.sub.year': '{perPrompt} por consulta, {prompts} consultas al día: un consumo medio de {power}.',
  'infer.sub.prompt': 'Indique el atributo «prompts» para obtener el consumo de un año.',
  'infer.counts': '{name} abarca {scope}.',
  'infer.ownName': 'La cifra indicada',
  'infer.scope.accelerators': 'solo los chips de IA',
  'infer.scope.server': 'servidores completos, sin la refrigeración ni las pérdidas del centro de datos',
  'infer.scope.facility': 'servidores completos, con la refrigeración y las pérdidas del centro de datos',
  'infer.scope.unstated': 'un perímetro que su fuente no precisa',
  'infer.scopeNote': 'Puede que las dos cifras no abarquen lo mismo: {a} abarca {sa}; {b} abarca {sb}.',
  'infer.searchName': 'Búsqueda de Google (2009)',
  'infer.ratio': '{ratio} veces la electricidad de una búsqueda web',
  'infer.tonnes': '{tonnes} t de CO2',
  'infer.a.intensity': 'Intensidad de carbono de la red',
  'infer.grams': '{grams} g de CO2 por consulta',
  'infer.waterPrompt': '{ml} ml de agua por consulta',
  'infer.waterYear': '{litres} litros de agua al año',
  'infer.a.perPrompt': 'Electricidad por consulta',
  'infer.a.prompts': 'Consultas al día',
  'infer.a.water': 'Agua por consulta',
};

registerPart('es-inference-energy', esInference);
