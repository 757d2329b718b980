// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// A German, French or Spanish story in the English forms the finder reads, with a map back to
// the story's offsets. The rewrite is the one elements apply to attributes (src/core/words.ts:
// the language's numbers, then its catalog's words), plus the words a whole article uses around
// its figures and attributes never carry: cost and training verbs, "Tonnen CO2", "GPU H100",
// "Megawatt". One finder then serves every language, and a finding's offsets stay the story's.

import { englishNumber, JOINING_DE, unicodeWords, wordsFor, type Words } from '../core/words.js';
import { de, deWords } from '../locales/de.js';
import { es, esWords } from '../locales/es.js';
import { fr, frWords } from '../locales/fr.js';
import { registerCatalog } from '../locales/register.js';

// The checker reads and writes these three languages, so it carries their catalogs (the reader's
// bundle does not: elements load them on demand). Registered here by name, because a bare import
// of a module the package marks as free of side effects is dropped by bundlers.
registerCatalog('de', de, deWords);
registerCatalog('fr', fr, frWords);
registerCatalog('es', es, esWords);

/** The languages a story can be checked in besides English. */
export const STORY_LANGUAGES = ['de', 'fr', 'es'] as const;
export type StoryLanguage = (typeof STORY_LANGUAGES)[number];

const ACCELERATOR = String.raw`(?:(?:Nvidia|NVIDIA|AMD|Intel)[ -])?(?:GB200|B200|H200|H100|A100|MI300X|MI325X|Gaudi ?3|Hopper|Blackwell)`;
const MONEY_SIGN: Words = [
  // "2 Mrd. $", "2 Md$", "25.000 €": a sign after the number is a word to the finder.
  [/(?<=\d|thousand|million|billion|trillion)\s?(?:US\$|\$)(?![\p{L}\d])/gu, ' dollars'],
  [/(?<=\d|thousand|million|billion|trillion)\s?€(?![\p{L}\d])/gu, ' euros'],
  [/\b(?:tCO2e?|t CO2e?)\b/giu, 'tonnes of CO2'],
];

/** What a whole article says around its figures, in the English the finder reads; longer phrases first. */
const STORY_WORDS: Readonly<Record<StoryLanguage, Words>> = {
  de: [
    [new RegExp(String.raw`\bGPUs? vom Typ (${ACCELERATOR})\b`, 'gu'), '$1 GPUs'],
    [/\bTonnen (?:an |des )?(?:CO2|Kohlendioxid|CO2-Emissionen)\b/giu, 'tonnes of CO2'],
    [/\b(?:Megatonnen|Mio\. t) CO2\b/gu, 'Mt CO2'],
    // The finder's unit words are lower case, as English writes them.
    [/\b[Kk]ilowattstunden\b/gu, 'kilowatt hours'],
    [/\b[Mm]egawattstunden\b/gu, 'megawatt hours'],
    [/\b[Gg]igawattstunden\b/gu, 'gigawatt hours'],
    [/\b[Tt]erawattstunden\b/gu, 'terawatt hours'],
    [/\b[Kk]ilowatt\b/gu, 'kilowatts'],
    [/\b[Mm]egawatt\b/gu, 'megawatts'],
    [/\b[Gg]igawatt\b/gu, 'gigawatts'],
    [/-Äquivalenten?\b/gu, '-equivalents'],
    [/\b(?:Grafikprozessoren|Grafikchips|Grafikkarten)\b/gu, 'GPUs'],
    [/\bBeschleunigern?\b/gu, 'accelerators'],
    // Before a full stop or comma too ("… Haushalte."), where the catalog's words, made for attributes, stop.
    [/\bHaushalt(?:e|en|s)?\b|\bWohnungen\b/gu, 'households'],
    [/\beine halbe Million\b/giu, 'half a million'],
    [/\b(?:allein die Chips|die Chips allein|Chips allein)\b/giu, 'chips alone'],
    [/\b(?:kosten|kostet|kosteten|kostete|gekostet|Kosten|Preis|Preise|kaufte|kauft|gekauft|investiert|investierte|Investitionen?|Ausgaben)\b/giu, 'cost'],
    [/\b(?:Umsatz|Umsätze|Bewertung|Gewinn|Finanzierung|Verlust)\b/giu, 'revenue'],
    [/\b(?:pro|je) (?:GPU|Chip|Stück|H100)\b|\bjeweils\b|\bdas Stück\b/giu, 'each'],
    [/\b(?:trainiert|trainieren|trainierte|Training|Trainings|Trainingslauf)\b/giu, 'training'],
    [/\bParametern?\b/gu, 'parameters'],
    [/\bToken\b/gu, 'tokens'],
    [/\b(?:Rechenzentren|Rechenzentrum|Rechenzentrums)\b/gu, 'data centers'],
    [/\b(?:Länder|Landes|weltweit|Branche)\b/gu, 'country'],
    [/\bServern?\b/gu, 'servers'],
    [/\bübersteigt\b|\bübertrifft\b|\bübersteigen\b/gu, 'exceeds'],
    [/\b(?:Euro)\b/gu, 'euros'],
  ],
  fr: [
    [new RegExp(String.raw`\b(?:GPU|puces|cartes graphiques|processeurs graphiques|accélérateurs)(?: d[’'])?[ -](${ACCELERATOR})\b`, 'gu'), '$1 GPUs'],
    [new RegExp(String.raw`\béquivalents?[ -](H100)\b`, 'giu'), '$1-equivalents'],
    [/\btonnes (?:de |d[’'])?(?:CO2|dioxyde de carbone|équivalent CO2)\b/giu, 'tonnes of CO2'],
    [/\bt de CO2\b/giu, 'tonnes of CO2'],
    [/\b(?:mégatonnes|millions? de tonnes) de CO2\b/giu, 'Mt CO2'],
    [/\b(kilo|méga|giga|téra)wattheures?\b/gu, '$1watt hours'],
    [/\b(kilo|méga|giga|téra)watts?\b/gu, '$1watts'],
    [/\bmégawatt/gu, 'megawatt'],
    [/\btérawatt/gu, 'terawatt'],
    [/\b(?:processeurs graphiques|cartes graphiques)\b/giu, 'GPUs'],
    [/\bpuces\b/giu, 'chips'],
    [/\b(?:foyers?|ménages?|logements)\b/giu, 'households'],
    [/\bun demi-million\b/giu, 'half a million'],
    [/\baccélérateurs\b/giu, 'accelerators'],
    [/\b(?:les puces à elles seules|les puces seules|rien que les puces|les seules puces)\b/giu, 'chips alone'],
    [/\b(?:coûte|coûtent|coûté|coûtant|coût|coûts|prix|acheté|achète|achat|achats|investi|investissement|investissements|dépenses)\b/giu, 'cost'],
    [/\b(?:chiffre d[’']affaires|valorisation|bénéfice|levée de fonds|financement)\b/giu, 'revenue'],
    [/\b(?:par (?:GPU|puce|unité)|chacune|chacun|pièce|l[’']unité)\b/giu, 'each'],
    [/\b(?:entraîn\p{L}*|entrain\p{L}*)\b/giu, 'training'],
    [/\bparamètres\b/giu, 'parameters'],
    [/\b(?:centres de données|centres de calcul|datacenters)\b/giu, 'data centers'],
    [/\b(?:pays|mondial|mondiale|secteur)\b/giu, 'country'],
    [/\bserveurs\b/giu, 'servers'],
    [/\b(?:dépasse|dépassent|dépassant|excède)\b/giu, 'exceeds'],
  ],
  es: [
    [new RegExp(String.raw`\b(?:GPU|chips|procesadores gráficos|tarjetas gráficas|aceleradores)[ -](${ACCELERATOR})\b`, 'gu'), '$1 GPUs'],
    [new RegExp(String.raw`\bequivalentes(?: a)?[ -](H100)\b`, 'giu'), '$1-equivalents'],
    [/\btoneladas (?:de )?(?:CO2|dióxido de carbono)\b/giu, 'tonnes of CO2'],
    [/\bt de CO2\b/giu, 'tonnes of CO2'],
    [/\b(?:megatoneladas|millones de toneladas) de CO2\b/giu, 'Mt CO2'],
    [/\b(kilo|mega|giga|tera)vatios?[- ]hora\b/gu, '$1watt hours'],
    [/\b(kilo|mega|giga|tera)vatios?\b/gu, '$1watts'],
    [/\b(?:procesadores gráficos|tarjetas gráficas)\b/giu, 'GPUs'],
    [/\baceleradores\b/giu, 'accelerators'],
    [/\b(?:hogares|viviendas)\b/giu, 'households'],
    [/\bmedio millón\b/giu, 'half a million'],
    [/\b(?:solo los chips|sólo los chips|los chips por sí solos)\b/giu, 'chips alone'],
    [/\b(?:cuesta|cuestan|costó|costaron|costado|coste|costes|costo|costos|precio|compra|compró|comprado|invertido|inversión|inversiones|gasto)\b/giu, 'cost'],
    [/\b(?:ingresos|facturación|valoración|beneficios?|financiación)\b/giu, 'revenue'],
    [/\b(?:por (?:GPU|chip|unidad)|cada una|cada uno|la unidad)\b/giu, 'each'],
    [/\b(?:entren\p{L}*)\b/giu, 'training'],
    [/\bparámetros\b/giu, 'parameters'],
    [/\b(?:centros de datos|centros de cálculo)\b/giu, 'data centers'],
    [/\b(?:país|países|mundial|sector)\b/giu, 'country'],
    [/\bservidores\b/giu, 'servers'],
    [/\b(?:supera|superan|superando|excede)\b/giu, 'exceeds'],
    [/\b(?:euros)\b/giu, 'euros'],
  ],
};

const compiledStoryWords = new Map<StoryLanguage, Words>();

// Words every text of a language is full of and the others rarely have (articles, "and", "is",
// "with"); not "de", "la" or "en", which French and Spanish share and English quotes.
const FUNCTION_WORDS: Readonly<Record<'en' | StoryLanguage, RegExp>> = {
  en: /(?<![\p{L}’'])(?:the|and|of|is|are|with|for|that|this|would|its|on|by|from|be|it)(?![\p{L}’'])/giu,
  de: /(?<![\p{L}’'])(?:der|die|das|und|ist|sind|mit|für|nicht|ein|eine|einem|einen|einer|auf|wird|würde|dem|den|des|von|zu|im|als|bis|sich|nach|auch|wie|über|oder|aber|nur|noch|zum|zur|beim)(?![\p{L}’'])/giu,
  // With the elided "l’", "d’", "j’", "qu’" before a word.
  fr: /(?<![\p{L}’'])(?:(?:le|les|des|et|est|sont|un|une|pour|dans|avec|du|au|aux|qui|cette|sur|selon|plus|il|ils|à|ce|ces)(?![\p{L}’'])|(?:[ldj]|qu)[’'](?=\p{L}))/giu,
  es: /(?<![\p{L}’'])(?:el|los|las|y|es|son|un|una|para|con|del|al|que|por|este|esta|según|más|se|lo|como|hasta)(?![\p{L}’'])/giu,
};

/**
 * The language a story is written in, from the words it is made of: the language whose function
 * words are at least twice as frequent as any other's and at least 5 in number; else English.
 */
export function detectLanguage(story: string): 'en' | StoryLanguage {
  const sample = story.slice(0, 20_000);
  const counts = (Object.keys(FUNCTION_WORDS) as Array<'en' | StoryLanguage>)
    .map((lang) => [lang, sample.match(FUNCTION_WORDS[lang])?.length ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const [[best, n], [, next]] = counts;
  return n >= 5 && n >= 2 * next ? best : 'en';
}

/** The language a locale names when it is one a story can be checked in ("de-AT" → `de`). */
export function storyLanguage(locale: string): StoryLanguage | undefined {
  const lang = locale.slice(0, 2).toLowerCase();
  return (STORY_LANGUAGES as readonly string[]).includes(lang) ? (lang as StoryLanguage) : undefined;
}

/** A rewritten text and, for each of its characters, the span of the story it comes from. */
export interface MappedText {
  readonly text: string;
  /** The story's offset where the rewritten text's `start` begins. */
  start(at: number): number;
  /** The story's offset where the rewritten text's `end` (exclusive) ends. */
  end(at: number): number;
}

// A sentence starts here: a replacement keeps the capital that ends the sentence before it.
const SENTENCE_START = /(?:^|[.!?…]["”’»)\]]*\s+|\n\s*)$/;

class Rewrite {
  text: string;
  private from: number[];
  private to: number[];

  constructor(story: string) {
    this.text = story;
    this.from = Array.from({ length: story.length }, (_, k) => k);
    this.to = this.from.map((k) => k + 1);
  }

  replace(re: RegExp, to: string | ((m: RegExpMatchArray) => string)): void {
    let out = '';
    const from: number[] = [];
    const end: number[] = [];
    let last = 0;
    const keep = (a: number, b: number) => {
      out += this.text.slice(a, b);
      for (let k = a; k < b; k++) { from.push(this.from[k]); end.push(this.to[k]); }
    };
    for (const m of this.text.matchAll(re)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (b === a) continue;
      let r = typeof to === 'string' ? to.replace(/\$(\d)/g, (_, k: string) => m[Number(k)] ?? '') : to(m);
      if (r === m[0]) continue;
      if (/^\p{Lu}/u.test(m[0]) && SENTENCE_START.test(this.text.slice(Math.max(0, a - 4), a))) r = r.charAt(0).toUpperCase() + r.slice(1);
      keep(last, a);
      out += r;
      if (r.length === m[0].length) {
        // Same length ("2,5" → "2.5"): each character keeps its own place.
        for (let k = a; k < b; k++) { from.push(this.from[k]); end.push(this.to[k]); }
      } else {
        for (let k = 0; k < r.length; k++) { from.push(this.from[a]); end.push(this.to[b - 1]); }
      }
      last = b;
    }
    if (last === 0 && out === '') return;
    keep(last, this.text.length);
    this.text = out;
    this.from = from;
    this.to = end;
  }

  mapped(storyLength: number): MappedText {
    const { text, from, to } = this;
    return {
      text,
      start: (at) => (at >= from.length ? storyLength : from[Math.max(0, at)]),
      end: (at) => (at <= 0 ? (from[0] ?? 0) : to[Math.min(at, to.length) - 1]),
    };
  }
}

/**
 * `story`, written in `lang`, in the English forms the finder reads: its numbers ("100.000",
 * "2,5", "100 000" with any space), its catalog's words ("über", "Mrd.", "Haushalte") and the
 * story words above, with the map back to the story's offsets.
 */
export function storyInEnglish(story: string, lang: StoryLanguage): MappedText {
  const w = new Rewrite(story);
  // "100 000", "100 000", "100 000": thousands grouped by a space of any width.
  w.replace(/(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)/g, (m) => m[0].replace(/\D/g, ''));
  // A German or Spanish story means 1.5 by "1,500": the story's language decides what elements must refuse.
  w.replace(/(?<![\d.,])\d+(?:[.,]\d+)+/g, (m) => englishNumber(m[0], lang));
  w.replace(/CO₂/g, 'CO2');
  let own = compiledStoryWords.get(lang);
  if (!own) compiledStoryWords.set(lang, (own = unicodeWords(STORY_WORDS[lang])));
  for (const [re, english] of own) w.replace(re, english);
  for (const [re, english] of wordsFor(lang) ?? []) w.replace(re, english);
  for (const [re, english] of MONEY_SIGN) w.replace(re, english);
  w.replace(JOINING_DE, '$1 ');
  return w.mapped(story.length);
}
