// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// compute-calc/check: reads a whole story, finds its compute figures, links the ones that speak
// of the same thing (energy and homes, GPUs and their cost, power and energy, energy and CO2,
// compute and training days) and asks the core, through the same `calculate*` function and the
// same attributes an element would get, whether each claim fits. Every verdict is therefore the
// one the element in the finding's snippet shows. No figure or formula lives here.

import { calculateCarbon } from '../core/carbon.js';
import { checkClaim, type Verdict as CoreVerdict } from '../core/claim.js';
import { calculateCompare } from '../core/compare.js';
import { calculateCost } from '../core/cost.js';
import { figuresAsOf, latestFigures, type FigureSet } from '../core/data/index.js';
import { formatFactor, formatMoney, formatNumber, formatScientific, formatUnit } from '../core/format.js';
import type { Attributes } from '../core/inputs.js';
import { enCompare } from '../core/messages/en-compare.js';
import { translate, type MessageKey, type Params } from '../core/messages/index.js';
import { parseClaim } from '../core/parse.js';
import { delocalize } from '../core/words.js';
import { calculatePower } from '../core/power.js';
import { calculateTraining } from '../core/training.js';
import { findFigures, MAX_FIGURES, workingCopy, type Figure, type FindingKind } from './find.js';
import { phrasesFor, type Phrases } from './phrases.js';
import { detectLanguage, storyInEnglish, storyLanguage, type MappedText, type StoryLanguage } from './words.js';

export { storyText, htmlToText, markdownToText, guessFormat, type StoryFormat } from './text.js';
export type { FindingKind } from './find.js';
export { detectLanguage } from './words.js';

/** How a figure fares against another figure of the story or against the sourced figures. */
export interface FindingVerdict {
  readonly kind: 'consistent' | 'too-high' | 'too-low';
  /** How many times too high or too low (1 when consistent). */
  readonly factor: number;
  /** What the figure was checked against: the other finding as printed, or the sourced figure used. */
  readonly against: string;
  /** Index of that other finding in `findings`, when it is one. */
  readonly againstIndex?: number;
}

/** One figure of the story. */
export interface Finding {
  /** The figure as printed, with its qualifier ("over 34 million average American households"). */
  readonly text: string;
  /** Offsets in the text given to `checkStory` (`text === story.slice(start, end)`). */
  readonly start: number;
  readonly end: number;
  readonly kind: FindingKind;
  /** The figure's central value in `unit` (1 for a rank claim, which has no number). */
  readonly value: number;
  /** For ranges ("25,000 to 40,000 GPUs"), the bounds. */
  readonly low?: number;
  readonly high?: number;
  /** `GPUs`, `USD` (or the currency), `Wh`, `W`, `homes`, `t CO2`, `days`, `FLOP`, `parameters`, `tokens`, `GPU-hours`; empty for rank claims. */
  readonly unit: string;
  /** How the story bounds the figure: `min` for "over", `max` for "up to", else `approx`. */
  readonly qualifier: 'min' | 'max' | 'approx';
  /** For `gpus`, the accelerator's catalog id when the text names one (`h100-sxm`). */
  readonly accelerator?: string;
  readonly verdict?: FindingVerdict;
  /** One sentence: the verdict and why, or why the figure could not be checked. */
  readonly reason: string;
  /** The element that shows this check (or this figure) to readers, with its attributes and claim. */
  readonly snippet?: string;
}

export interface CheckOptions {
  /**
   * The story's language: `en` (the default), `de`, `fr` or `es`. Figures are read as that
   * language prints them, snippets carry `locale` and the claim as printed, and the verdict
   * sentences are in that language (other languages are read as English). `auto` takes the
   * language the story's function words show ("der", "und", "les", "los"…), else English.
   */
  readonly locale?: string;
  /** Pins the figures' version (`2026-11`), as an element's `as-of` does. */
  readonly asOf?: string;
}

export interface StoryCheck {
  readonly findings: readonly Finding[];
  /** The language the reasons are in. */
  readonly locale: string;
  /** The figure set used for every check. */
  readonly figuresVersion: string;
  /** What the reader of the report should know (a locale that is not available yet, an unknown as-of). */
  readonly notes: readonly string[];
}

/** A story longer than this is read up to here, so a stray paste of a book stays quick. */
export const MAX_STORY_LENGTH = 2_000_000;

const UNITS: Readonly<Record<FindingKind, string>> = {
  gpus: 'GPUs', money: 'USD', energy: 'Wh', power: 'W', homes: 'homes', co2: 't CO2', duration: 'days', compute: 'FLOP',
  params: 'parameters', tokens: 'tokens', 'gpu-hours': 'GPU-hours', 'cluster-rank': '',
};

// Words that are capitalised without naming who or what a story is about.
const NOT_A_SUBJECT = new Set([
  'The', 'It', 'Its', 'This', 'That', 'These', 'Those', 'They', 'Their', 'He', 'She', 'We', 'In', 'At', 'By', 'And', 'But', 'A', 'An',
  'Over', 'About', 'Each', 'Every', 'According', 'With', 'For', 'To', 'On', 'As', 'If', 'When', 'While', 'Such', 'That\'s', 'There',
  'NVIDIA', 'Nvidia', 'AMD', 'Intel', 'AI', 'GPU', 'GPUs', 'US', 'U.S.', 'American', 'Americans', 'CO2', 'GWh', 'TWh', 'MWh', 'MW', 'GW',
  'H100', 'H100s', 'H200', 'B200', 'GB200', 'A100', 'MI300X', 'Hopper', 'Blackwell', 'FLOP', 'I', 'Also', 'So', 'Yet', 'One', 'Some',
  // The same words in German, French and Spanish stories (German capitalises every noun: those stay subjects).
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen', 'Es', 'Er', 'Sie', 'Wir', 'Diese', 'Dieser',
  'Dieses', 'Solch', 'Solcher', 'Solche', 'Laut', 'Nach', 'Mit', 'Für', 'Im', 'Auf', 'Bei', 'Bis', 'Von', 'Zum', 'Zur', 'Auch', 'Aber',
  'Und', 'Oder', 'Wie', 'Damit', 'Allein', 'Jeder', 'Jede', 'Über', 'Mehr', 'Rund', 'Etwa',
  'Le', 'La', 'Les', 'L', 'Un', 'Une', 'Des', 'Du', 'De', 'Il', 'Elle', 'Ils', 'Elles', 'On', 'Ce', 'Cette', 'Ces', 'Cet', 'Selon', 'Avec',
  'Pour', 'Dans', 'Sur', 'Par', 'En', 'Au', 'Aux', 'Mais', 'Et', 'Ou', 'Telle', 'Tel', 'Chaque', 'Plus', 'Environ',
  'El', 'Los', 'Las', 'Una', 'Unos', 'Unas', 'Lo', 'Él', 'Ella', 'Ellos', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'Según', 'Con',
  'Para', 'Por', 'Sobre', 'Del', 'Al', 'Pero', 'Y', 'O', 'Así', 'Tal', 'Solo', 'Cada', 'Más',
  // German nouns of every story about a cluster, and the countries its comparisons name.
  'Cluster', 'Rechenzentrum', 'Strom', 'Stromverbrauch', 'Energie', 'Leistung', 'Chips', 'Jahr', 'Kosten', 'Training', 'Modell',
  'Unternehmen', 'Konzern', 'Sprecher', 'Ende', 'Anfang', 'Haushalte', 'Tonnen', 'Tage', 'Dollar', 'Euro',
  'USA', 'EU', 'EE', 'UU', 'États', 'Unis', 'Estados', 'Unidos',
]);

function subjects(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(/(?<![\p{L}\d])(?:\p{Lu}[\p{L}\d'’]*|xAI)(?![\p{L}\d])/gu)) if (!NOT_A_SUBJECT.has(m[0])) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}

const COST_WORDS = /\b(?:cost|costs|costing|costed|spent|spend|spending|price|priced|pricing|worth|bought|buy|buys|buying|purchase[ds]?|purchasing|invest(?:ed|ing|ment)?|bill|outlay|capex|capital)\b|\bchips alone\b|\bhardware\b/i;
const NOT_CLUSTER_MONEY = /\b(?:revenue|valuation|valued|profit|raised?|raising|funding|salar(?:y|ies)|sales|market cap|income|loss|losses|fine|deal with|per month|a month|per hour|an hour|subscription)\b/i;
const PER_UNIT = /\b(?:each|apiece|a piece|per (?:gpu|chip|unit|accelerator|card|h100|board)|a pop|a chip|a gpu|unit price|list price)\b/i;
const WIDER = /\b(?:data ?cent(?:er|re)s|countr(?:y|ies)|nations?|national|world(?:wide)?|global(?:ly)?|industry|sector)\b/i;
const TRAINING_WORDS = /\b(?:train(?:ed|ing|s)?|run|pre-?training)\b/i;

/** Region of a homes comparison, from the phrase ("average American households" → `us`). */
function regionOf(phrase: string): string | undefined {
  if (/\b(?:British|UK|U\.K\.|English)\b/.test(phrase)) return 'uk';
  if (/\bGerman\b/.test(phrase)) return 'de';
  if (/\bJapanese\b/.test(phrase)) return 'jp';
  if (/\b(?:European|EU)\b/.test(phrase)) return 'eu';
  return undefined;
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An element's tag with its attributes in the given order, as an author pastes it. */
export function snippetOf(tag: string, attrs: Attributes, inner = ''): string {
  const list = Object.entries(attrs).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
  return `<${tag}${list.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}>${inner}</${tag}>`;
}

interface Check {
  readonly verdict: CoreVerdict;
  readonly against: string;
  readonly againstIndex?: number;
  readonly snippet: string;
  /** The estimate in the claim's terms, as a reader reads it. */
  readonly estimate: string;
  readonly note?: string;
  /** A reason of its own, replacing the claim sentence (rank claims). */
  readonly sentence?: string;
}

/** A message of the rank check, from `<cluster-compare>`'s English catalog (loaded with that element, not in the core's). */
function compareText(key: keyof typeof enCompare, params: Params): string {
  const text: string = enCompare[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/** Reads `text` (plain text; see `storyText` for HTML and Markdown), finds its figures and checks each one it can. Never throws. */
export function checkStory(text: unknown, options: CheckOptions = {}): StoryCheck {
  const notes: string[] = [];
  const story = typeof text === 'string' ? text.slice(0, MAX_STORY_LENGTH) : '';
  const given = typeof options.locale === 'string' && options.locale.trim() ? options.locale.trim() : 'en';
  // "auto": the language the story's own words say, English when they do not say clearly.
  const requested = given === 'auto' ? detectLanguage(story) : given;
  const lang = storyLanguage(requested);
  const locale = /^en\b/i.test(requested) ? requested : lang ?? 'en';
  if (locale !== requested && !lang) notes.push(`The story is read as English: “${requested}” is not one of en, de, fr, es.`);
  let figures: FigureSet = latestFigures;
  const asOf = typeof options.asOf === 'string' && options.asOf.trim() ? options.asOf.trim() : undefined;
  if (asOf) {
    const set = figuresAsOf(asOf);
    if (set) figures = set;
    else notes.push(`No figures as of “${asOf}”: the newest (${latestFigures.version}) are used.`);
  }
  if (typeof text === 'string' && text.length > MAX_STORY_LENGTH) notes.push(`Only the first ${formatNumber(MAX_STORY_LENGTH, 'en')} characters were read.`);
  let found: Figure[] = [];
  let sentences: ReadonlyArray<{ start: number; end: number }> = [];
  // A German, French or Spanish story is read in the English forms, with offsets mapped back.
  let read: MappedText = { text: story, start: (at) => at, end: (at) => at };
  try {
    if (lang) read = storyInEnglish(story, lang);
    const r = findFigures(read.text);
    found = r.figures;
    sentences = r.structure.sentences;
    if (found.length >= MAX_FIGURES) notes.push(`Only the first ${formatNumber(MAX_FIGURES, 'en')} figures were read.`);
  } catch {
    notes.push('The text could not be read.');
  }
  const base = { story, read, figures: found, sentences, locale, ...(lang ? { lang } : {}), asOf: asOf && figuresAsOf(asOf) ? asOf : undefined, figureSet: figures };
  const ctx: Context = { ...base, claims: found.map((f) => localClaim(base, f)), say: phrasesFor(lang) };
  const findings = found.map((_, i): Finding => {
    let check: Check | undefined;
    try {
      check = checkFigure(ctx, i);
    } catch {
      check = undefined;
    }
    return finding(ctx, i, check);
  });
  return { findings, locale, figuresVersion: figures.version, notes };
}

interface Context {
  /** The story as given. */
  readonly story: string;
  /** The story in the English forms the finder read, with offsets back into `story`. */
  readonly read: MappedText;
  /** The story's language when it is not English. */
  readonly lang?: StoryLanguage;
  /** Each figure's claim as its snippet carries it: the story's words where the element reads them the same. */
  readonly claims: readonly string[];
  /** The checker's own words in the story's language. */
  readonly say: Phrases;
  readonly figures: readonly Figure[];
  readonly sentences: ReadonlyArray<{ start: number; end: number }>;
  readonly locale: string;
  readonly asOf?: string;
  readonly figureSet: FigureSet;
}

const finite = (x: number) => (Number.isFinite(x) ? x : 0);

/** A figure's offsets in the story as given. */
const spanOf = (ctx: Pick<Context, 'read'>, f: Figure) => ({ start: ctx.read.start(f.start), end: ctx.read.end(f.end) });

/** A claim is read the same when the core's parser gives it the same kind, value, qualifier and noun. */
function sameClaim(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = parseClaim('claim', a);
  const y = parseClaim('claim', b);
  if (!x.ok || !y.ok) return false;
  const [u, v] = [x.value, y.value];
  return u.kind === v.kind && u.qualifier === v.qualifier && Math.abs(u.value - v.value) <= 1e-9 * Math.abs(v.value)
    && (u.kind !== 'count' || v.kind !== 'count' || u.noun === v.noun);
}

/** The claim a snippet carries: the figure as the story printed it, when an element in the story's language reads it as the finder did; else the finder's English claim. */
function localClaim(ctx: Pick<Context, 'story' | 'read' | 'lang'>, f: Figure): string {
  if (!ctx.lang) return f.claim;
  const own = printed(ctx, f);
  if (f.kind === 'cluster-rank') return own;
  // Else the story's qualifier with the finder's number and unit, its decimal point a comma ("rund 1,5 MW";
  // "1,2340 MW", since "1,234" could be 1234 to an element reading German).
  const at = own.search(/\d/);
  const tail = f.claim.slice(Math.max(0, f.claim.search(/\d/))).replace(/(\d)\.(\d+)/g, (_, a: string, b: string) => `${a},${b}${b.length === 3 ? '0' : ''}`);
  const mixed = `${at > 0 ? own.slice(0, at) : ''}${tail}`;
  return [own, mixed].find((c) => sameClaim(delocalize(c, ctx.lang!), f.claim)) ?? f.claim;
}

function finding(ctx: Context, i: number, check: Check | undefined): Finding {
  const f = ctx.figures[i];
  const isRange = f.value.low !== f.value.high;
  const { start, end } = spanOf(ctx, f);
  const base = {
    text: ctx.story.slice(start, end), start, end, kind: f.kind, value: finite(f.value.mid),
    ...(isRange ? { low: finite(f.value.low), high: finite(f.value.high) } : {}),
    unit: f.kind === 'money' ? f.currency ?? 'USD' : UNITS[f.kind], qualifier: f.qualifier,
    ...(f.accelerator ? { accelerator: f.accelerator } : {}),
  };
  if (!check) {
    const snippet = plainSnippet(ctx, f);
    return { ...base, reason: ctx.say.unchecked[f.kind] ?? ctx.say.unchecked.other, ...(snippet ? { snippet } : {}) };
  }
  const v = check.verdict;
  const key = v.kind === 'consistent' ? 'claim.consistent' : v.kind === 'too-high' ? 'claim.tooHigh' : 'claim.tooLow';
  const sentence = check.sentence ?? translate(ctx.locale, key, { claim: ctx.lang ? ctx.claims[i] : v.claim.text, factor: formatFactor(v.factor, ctx.locale), estimate: check.estimate });
  return {
    ...base,
    verdict: { kind: v.kind, factor: finite(v.factor) || 1, against: check.against, ...(check.againstIndex !== undefined ? { againstIndex: check.againstIndex } : {}) },
    reason: check.note ? `${sentence} ${check.note}` : sentence,
    snippet: check.snippet,
  };
}

/** The element that shows a figure no other figure checks (a cluster's electricity, an energy figure's equivalents). */
function plainSnippet(ctx: Context, f: Figure): string | undefined {
  const asOf: Record<string, string> = ctx.asOf ? { 'as-of': ctx.asOf } : {};
  const el = (tag: string, inputs: Record<string, string>) => snippetOf(tag, attrsFor(ctx, undefined, inputs, asOf));
  if (f.kind === 'gpus' && (!f.accelerator || ctx.figureSet.accelerators[f.accelerator]?.tdp)) return el('power-equivalence', { gpus: f.attr, ...(f.accelerator ? { gpu: f.accelerator } : {}) });
  if (f.kind === 'energy') return el('power-equivalence', { energy: f.attr });
  if (f.kind === 'power') return el('power-equivalence', { power: f.attr });
  if (f.kind === 'compute') return el('training-time', { flops: f.attr });
  return undefined;
}

// ------------------------------------------------------------------------- linking --

type Level = 'sentence' | 'item' | 'paragraph';

/** The figure of `kinds` nearest to figure `i` within the same sentence, else list item, else paragraph. */
function near(ctx: Context, i: number, accept: (g: Figure) => boolean, levels: readonly Level[] = ['sentence', 'item', 'paragraph']): number | undefined {
  const f = ctx.figures[i];
  for (const level of levels) {
    let best: number | undefined;
    let bestDistance = Infinity;
    ctx.figures.forEach((g, j) => {
      if (j === i || g[level] !== f[level] || !accept(g)) return;
      // Prefer a figure before this one ("…GPUs. It uses 370 GWh"), then the nearest.
      const distance = Math.abs(g.start - f.start) + (g.start > f.start ? 0.5 : 0);
      if (distance < bestDistance) { bestDistance = distance; best = j; }
    });
    if (best !== undefined) return best;
  }
  return undefined;
}

const isCluster = (g: Figure) => g.kind === 'gpus';

/**
 * The cluster a figure speaks of: a GPU count in the same sentence, list item or paragraph, else
 * the last one before it in the story about the same subject (a name both sentences share), or,
 * when the figure's sentence names nobody ("It uses 370 GWh a year"), the last one before it.
 */
function clusterOf(ctx: Context, i: number): number | undefined {
  const same = near(ctx, i, isCluster, ['sentence']);
  if (same !== undefined) return same;
  const f = ctx.figures[i];
  const text = sentenceText(ctx, f);
  // "US data centres used 176 TWh a year": a sentence about a country, a grid or an industry is not about the cluster.
  if (WIDER.test(text)) return undefined;
  const own = subjects(text);
  const shares = (j: number) => {
    const theirs = subjects(sentenceText(ctx, ctx.figures[j]));
    for (const s of own) if (theirs.has(s)) return true;
    return false;
  };
  // A cluster nearby fits unless this sentence names the subject of another cluster of the story and not its own.
  const compatible = (j: number) => own.size === 0 || shares(j)
    || !ctx.figures.some((g, k) => k !== j && isCluster(g) && shares(k));
  const local = near(ctx, i, isCluster, ['item', 'paragraph']);
  if (local !== undefined && compatible(local)) return local;
  for (let j = i - 1; j >= 0; j--) {
    const g = ctx.figures[j];
    if (!isCluster(g)) continue;
    if (own.size === 0) return f.paragraph - g.paragraph <= 2 ? j : undefined;
    const theirs = subjects(sentenceText(ctx, g));
    for (const s of own) if (theirs.has(s)) return j;
  }
  return undefined;
}

function sentenceText(ctx: Context, f: Figure): string {
  const s = ctx.sentences[f.sentence];
  // In the English forms the finder read, so that its words ("cost", "a year") are English in every language.
  return s ? ctx.read.text.slice(s.start, s.end) : '';
}

/**
 * A snippet's attributes: the inputs, `as-of`, the story's `locale` and, when given, figure `i`'s
 * claim. In German and Spanish "1.234" groups thousands, so a decimal of that form gets a last zero ("1.2340").
 */
function attrsFor(ctx: Context, i: number | undefined, inputs: Record<string, string>, asOf: Record<string, string>): Record<string, string> {
  const own = ctx.lang === 'de' || ctx.lang === 'es'
    ? Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.replace(/(?<![\d.])([1-9]\d{0,2}\.\d{3})(?![\d.])/g, (n) => `${n}0`)]))
    : inputs;
  return { ...own, ...asOf, ...(ctx.lang ? { locale: ctx.lang } : {}), ...(i === undefined ? {} : { claim: ctx.claims[i] }) };
}

/** A cluster's attributes, as `<power-equivalence>` and `<gpu-cluster-cost>` take them. */
function clusterAttrs(g: Figure): Record<string, string> {
  return { gpus: g.attr, ...(g.accelerator ? { gpu: g.accelerator } : {}) };
}

/** A finding as printed, without footnote markers ("370GWh[3] a year" → "370GWh a year"). */
function printed(ctx: Pick<Context, 'story' | 'read'>, g: Figure): string {
  const { start, end } = spanOf(ctx, g);
  return workingCopy(ctx.story.slice(start, end)).replace(/\s+/g, ' ').trim();
}

// -------------------------------------------------------------------------- checks --

function checkFigure(ctx: Context, i: number): Check | undefined {
  const f = ctx.figures[i];
  const asOf: Record<string, string> = ctx.asOf ? { 'as-of': ctx.asOf } : {};
  const againstFig = (j: number) => ({ against: printed(ctx, ctx.figures[j]), againstIndex: j });
  const l = ctx.locale;

  /** `<power-equivalence>` with `inputs` and this figure as its claim. */
  const power = (inputs: Record<string, string>, j: number, estimate: (r: CoreVerdict['estimate']) => string): Check | undefined => {
    const attrs = attrsFor(ctx, i, inputs, asOf);
    const calc = calculatePower(attrs);
    const c = calc.estimate.claimCheck;
    if (!c || calc.issues.length > 0) return undefined;
    let note: string | undefined = 'gpus' in inputs && !('gpu' in inputs) && calc.estimate.gpu ? ctx.say.noAccelerator(calc.estimate.gpu.name) : undefined;
    if (c.impliedChipShare !== undefined && calc.estimate.gpus && calc.estimate.gpu && (f.kind === 'energy' || f.kind === 'power')) {
      const share = Math.round(c.impliedChipShare * 100);
      const implied = c.impliedChipShare <= 1 ? ctx.say.implied(share) : ctx.say.impliedOver(share);
      note = note ? `${note} ${implied}` : implied;
    }
    return { verdict: c.verdict, ...againstFig(j), snippet: snippetOf('power-equivalence', attrs), estimate: `${estimate(c.verdict.estimate)} ${ctx.say.for} ${printed(ctx, ctx.figures[j])}`, ...(note ? { note } : {}) };
  };
  const energyText = (r: CoreVerdict['estimate']) => formatUnit(r, 'Wh', l);

  switch (f.kind) {
    case 'homes': {
      const region = regionOf(f.claim);
      const reg: Record<string, string> = region ? { region } : {};
      // English names the region from the figures; the other languages' catalogs name it as it follows "in".
      const where = ctx.lang ? translate(l, `region.${region ?? 'us'}` as MessageKey) : ctx.figureSet.regions[region ?? 'us']?.name ?? '';
      const homes = (r: CoreVerdict['estimate']) => ctx.say.homes(formatNumber(r, l), where);
      const e = near(ctx, i, (g) => g.kind === 'energy');
      if (e !== undefined) return power({ energy: ctx.figures[e].attr, ...reg }, e, homes);
      const p = near(ctx, i, (g) => g.kind === 'power');
      if (p !== undefined) return power({ power: ctx.figures[p].attr, ...reg }, p, homes);
      const g = clusterOf(ctx, i);
      return g === undefined ? undefined : power({ ...clusterAttrs(ctx.figures[g]), ...reg }, g, homes);
    }
    case 'energy': {
      if (!f.yearly) {
        const run = trainingCheck(ctx, i, asOf);
        if (run) return run;
        // "16,000 H100 used 30 GWh over 54 days": the cluster's energy over that time.
        const d = near(ctx, i, (g) => g.kind === 'duration', ['sentence']);
        const g = d === undefined ? undefined : clusterOf(ctx, i);
        if (d === undefined || g === undefined) return undefined;
        const days = ctx.figures[d].value;
        const hours = days.low === days.high ? String(Number((days.mid * 24).toPrecision(6))) : `${Number((days.low * 24).toPrecision(6))}-${Number((days.high * 24).toPrecision(6))}`;
        const span = ctx.say.days(formatNumber(days, l));
        const check = power({ ...clusterAttrs(ctx.figures[g]), hours }, g, (r) => ctx.say.inDays(energyText(r), span));
        return check && { ...check, against: `${check.against} ${ctx.say.for} ${span}` };
      }
      const p = near(ctx, i, (g) => g.kind === 'power', ['sentence']);
      if (p !== undefined) return power({ power: ctx.figures[p].attr }, p, (r) => ctx.say.perYear(energyText(r)));
      const g = clusterOf(ctx, i);
      return g === undefined ? undefined : power(clusterAttrs(ctx.figures[g]), g, (r) => ctx.say.perYear(energyText(r)));
    }
    case 'power': {
      // A power figure next to a yearly energy figure is the input of that energy's check.
      const g = clusterOf(ctx, i);
      return g === undefined ? undefined : power(clusterAttrs(ctx.figures[g]), g, (r) => ctx.say.draw(formatUnit(r, 'W', l)));
    }
    case 'money': return moneyCheck(ctx, i, asOf);
    case 'co2': {
      const carbon = (inputs: Record<string, string>, j: number): Check | undefined => {
        const attrs = attrsFor(ctx, i, inputs, asOf);
        const calc = calculateCarbon(attrs);
        const v = calc.estimate.verdict;
        if (!v || calc.issues.length > 0) return undefined;
        return { verdict: v, ...againstFig(j), snippet: snippetOf('carbon-footprint', attrs), estimate: `${ctx.say.tonnes(formatNumber(v.estimate, l))} ${ctx.say.for} ${printed(ctx, ctx.figures[j])} ${ctx.say.usGrid}` };
      };
      const e = near(ctx, i, (g) => g.kind === 'energy');
      if (e !== undefined) return carbon({ energy: ctx.figures[e].attr }, e);
      if (!/\b(?:a year|per year|annual(?:ly)?|yearly|each year|every year)\b/i.test(sentenceText(ctx, f))) return undefined;
      const g = clusterOf(ctx, i);
      return g === undefined ? undefined : carbon(clusterAttrs(ctx.figures[g]), g);
    }
    case 'duration': case 'gpu-hours': return trainingCheck(ctx, i, asOf);
    case 'compute': {
      const p = near(ctx, i, (g) => g.kind === 'params');
      const t = near(ctx, i, (g) => g.kind === 'tokens');
      if (p === undefined || t === undefined) return undefined;
      const attrs = attrsFor(ctx, i, { params: ctx.figures[p].attr, tokens: ctx.figures[t].attr }, asOf);
      const calc = calculateTraining(attrs);
      const v = calc.estimate.verdict;
      if (!v || calc.issues.length > 0) return undefined;
      return {
        verdict: v, against: `${printed(ctx, ctx.figures[p])} × ${printed(ctx, ctx.figures[t])}`, againstIndex: p, snippet: snippetOf('training-time', attrs),
        estimate: ctx.say.formula(formatScientific(v.estimate, l)),
      };
    }
    case 'cluster-rank': return rankCheck(ctx, i, asOf);
    default: return undefined;
  }
}

/** Money: what the linked cluster's chips (or servers, or whole cluster, as the sentence says) cost, or a price per GPU against the sourced price. */
function moneyCheck(ctx: Context, i: number, asOf: Record<string, string>): Check | undefined {
  const f = ctx.figures[i];
  const s = sentenceText(ctx, f);
  if (f.currency !== 'USD') return undefined;
  if (!COST_WORDS.test(s) || NOT_CLUSTER_MONEY.test(s)) return undefined;
  const l = ctx.locale;
  if (f.value.mid < 1e6 && PER_UNIT.test(s)) {
    // "Each H100 costs about $30,000": one accelerator against the catalog's sourced price.
    const named = near(ctx, i, isCluster, ['sentence']);
    const gpu = (named !== undefined ? ctx.figures[named].accelerator : undefined) ?? acceleratorIn(s);
    if (!gpu) return undefined;
    const attrs = attrsFor(ctx, i, { gpus: '1', gpu }, asOf);
    const calc = calculateCost(attrs);
    const v = calc.estimate.verdict;
    if (!v || calc.issues.length > 0) return undefined;
    const name = ctx.figureSet.accelerators[gpu]?.name ?? gpu;
    return { verdict: v, against: ctx.say.sourcedPrice(name, ctx.figureSet.version), snippet: snippetOf('gpu-cluster-cost', attrs), estimate: ctx.say.forOne(formatMoney(v.estimate, 'USD', l), name) };
  }
  if (f.value.mid < 1e6) return undefined;
  const g = clusterOf(ctx, i);
  if (g === undefined) return undefined;
  const scope = /\bchips?\b|\b(?:GPUs|accelerators) alone\b/i.test(s) ? undefined
    : /\bdata ?cent(?:er|re)s?\b|\bfacilit(?:y|ies)\b|\binfrastructure\b|\bnetwork(?:ing)?\b/i.test(s) ? 'cluster'
      : /\bservers?\b|\bsystems?\b/i.test(s) ? 'servers' : undefined;
  const attrs = attrsFor(ctx, i, { ...clusterAttrs(ctx.figures[g]), ...(scope ? { scope } : {}) }, asOf);
  const calc = calculateCost(attrs);
  const v = calc.estimate.verdict;
  if (!v || calc.issues.length > 0) return undefined;
  const note = ctx.figures[g].accelerator ? undefined : ctx.say.noAccelerator(calc.estimate.gpu.name);
  const what = ctx.say.scope[scope ?? 'chips'];
  // English says "the chips of …"; the other languages' scope words end with their own "of".
  const of = ctx.lang ? '' : ' of';
  return { verdict: v, against: printed(ctx, ctx.figures[g]), againstIndex: g, snippet: snippetOf('gpu-cluster-cost', attrs), estimate: `${formatMoney(v.estimate, 'USD', l)} ${ctx.say.for} ${what}${of} ${printed(ctx, ctx.figures[g])}`, ...(note ? { note } : {}) };
}

function acceleratorIn(s: string): string | undefined {
  const m = /\b(?:GB200|B200|H200|H100|A100|MI300X|MI325X|Gaudi ?3)\b/i.exec(s);
  if (!m) return undefined;
  const id = m[0].toLowerCase().replace(/\s/g, '');
  return id === 'h100' ? 'h100-sxm' : id === 'gaudi3' ? 'gaudi-3' : id;
}

/** A training time, GPU-hours or a run's energy: from the compute (or parameters × tokens) and the cluster nearby. */
function trainingCheck(ctx: Context, i: number, asOf: Record<string, string>): Check | undefined {
  const f = ctx.figures[i];
  const c = near(ctx, i, (g) => g.kind === 'compute');
  const p = c === undefined ? near(ctx, i, (g) => g.kind === 'params') : undefined;
  const t = c === undefined ? near(ctx, i, (g) => g.kind === 'tokens') : undefined;
  if (c === undefined && (p === undefined || t === undefined)) return undefined;
  if (f.kind === 'energy' && !TRAINING_WORDS.test(sentenceText(ctx, f))) return undefined;
  const g = clusterOf(ctx, i);
  if (g === undefined) return undefined;
  const work: Record<string, string> = c !== undefined ? { flops: ctx.figures[c].attr } : { params: ctx.figures[p!].attr, tokens: ctx.figures[t!].attr };
  const attrs = attrsFor(ctx, i, { ...work, ...clusterAttrs(ctx.figures[g]) }, asOf);
  const calc = calculateTraining(attrs);
  const v = calc.estimate.verdict;
  if (!v || calc.issues.length > 0) return undefined;
  const l = ctx.locale;
  const est = f.kind === 'energy' ? formatUnit(v.estimate, 'Wh', l) : f.kind === 'gpu-hours' ? ctx.say.gpuHours(formatNumber(v.estimate, l)) : ctx.say.days(formatNumber(v.estimate, l));
  const workText = c !== undefined ? printed(ctx, ctx.figures[c]) : `${printed(ctx, ctx.figures[p!])} × ${printed(ctx, ctx.figures[t!])}`;
  const against = `${workText} ${ctx.say.on} ${printed(ctx, ctx.figures[g])}`;
  return { verdict: v, against, againstIndex: g, snippet: snippetOf('training-time', attrs), estimate: `${est} ${ctx.say.for} ${against}` };
}

/** "Bigger than anything reported": the linked cluster against the reported clusters, as `<cluster-compare>` ranks them. */
function rankCheck(ctx: Context, i: number, asOf: Record<string, string>): Check | undefined {
  const f = ctx.figures[i];
  const g = clusterOf(ctx, i);
  if (g === undefined) return undefined;
  const cluster = ctx.figures[g];
  const entry = { name: ctx.say.storyCluster, ...clusterAttrs(cluster) };
  const attrs = attrsFor(ctx, i, {}, asOf);
  const calc = calculateCompare(attrs, [entry]);
  const rows = calc.estimate.rows;
  const own = rows.find((r) => r.id === calc.estimate.highlight);
  if (!calc.estimate.rank || !own?.value || calc.issues.length > 0) return undefined;
  const others = rows.filter((r) => r.status === 'operational' && r.value && r.id !== own.id).sort((a, b) => b.value!.mid - a.value!.mid);
  const best = others[0];
  const holds = calc.estimate.rank === 'holds';
  // A rank claim has no figure of its own: the verdict compares the cluster with the largest other.
  const factor = holds || !best ? 1 : best.value!.mid / own.value.mid;
  const claim = parseClaim('claim', `${cluster.value.mid} GPUs`);
  const verdict: CoreVerdict = { ...checkClaim(claim.ok ? claim.value : { text: f.claim, qualifier: 'approx', kind: 'count', value: 1 }, own.value), kind: holds ? 'consistent' : 'too-high', factor };
  const l = ctx.locale;
  const snippet = snippetOf('cluster-compare', attrs, snippetOf('cluster-entry', entry));
  // English rank sentences come with <cluster-compare>'s catalog; the other languages' catalogs carry them.
  const say = (key: keyof typeof enCompare, params: Params) => (ctx.lang ? translate(l, key, params) : compareText(key, params));
  const claimText = ctx.claims[i];
  const sentence = calc.estimate.rank === 'holds'
    ? say('compare.rankTrue', { claim: claimText, a: entry.name, va: formatNumber(own.value, l) })
    : say(calc.estimate.rank === 'tie' ? 'compare.rankTie' : 'compare.rankFalse', { claim: claimText, b: best?.name ?? '', vb: formatNumber(best?.value ?? own.value, l), va: formatNumber(own.value, l) });
  return { verdict: { ...verdict, claim: { ...verdict.claim, text: claimText } }, against: ctx.say.reportedClusters(ctx.figureSet.version), againstIndex: g, snippet, estimate: '', sentence };
}
