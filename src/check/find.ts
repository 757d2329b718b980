// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Finds the figures a story prints ("over 100,000 NVIDIA H100 AI GPUs", "exceeds $2 billion",
// "370GWh[3] a year", "34 million average American households") and where they sit: sentence,
// list item, paragraph. Values are read by the core's parser (parse.ts), so "100k", "$2bn" and
// "2 billion dollars" mean here what they mean in an attribute.

import { parseClaim, parseMoney, parseNumberRange, parseQuantity } from '../core/parse.js';
import { RANK_CLAIM } from '../core/compare.js';
import type { Range } from '../core/range.js';

/** What a figure counts or measures. */
export type FindingKind =
  | 'gpus' | 'money' | 'energy' | 'power' | 'homes' | 'co2' | 'duration' | 'compute'
  | 'params' | 'tokens' | 'gpu-hours' | 'cluster-rank';

/** A figure found in the text, before any check. */
export interface Figure {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  /** In the kind's unit: GPUs, USD (or `currency`), Wh, W, homes, tonnes of CO2, days, FLOP, parameters, tokens, GPU-hours. */
  readonly value: Range;
  /** The figure as a claim the core parses ("over 34 million average American households"). */
  readonly claim: string;
  /** The number as an attribute takes it ("100000", "370 GWh", "25000-40000"). */
  readonly attr: string;
  readonly qualifier: 'min' | 'max' | 'approx';
  /** Accelerator id for `gpus`, when the text names one. */
  readonly accelerator?: string;
  /** `gpus` counted in H100-equivalents. */
  readonly h100e?: boolean;
  readonly currency?: string;
  /** The text says "a year", "annually", …, at the figure or in its sentence. */
  readonly yearly?: boolean;
  readonly sentence: number;
  readonly item: number;
  readonly paragraph: number;
}

// ------------------------------------------------------------------ the working copy --

/**
 * A copy of the text with the same length, so offsets found in it are offsets in the story:
 * footnote markers ("[3]", "[^3]", superscript digits) and Markdown emphasis become spaces,
 * no-break and thin spaces become spaces, typographic minus signs become hyphens.
 */
export function workingCopy(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/[\u00a0\u2007\u2009\u202f\u200a]/g, ' ')
    .replace(/[\u2212\u2012]/g, '-')
    .replace(/\[\^?\w{1,4}\]/g, (m) => (/^\[\^?\d{1,3}\]$|^\[\^\w+\]$/.test(m) ? blank(m) : m))
    .replace(/(?<!10)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g, blank)
    .replace(/\*\*|__/g, blank);
}

// ----------------------------------------------------------------------- structure --

interface Span { readonly start: number; readonly end: number }

/** Paragraphs (between blank lines), list items and sentences, each as offsets. */
export interface Structure {
  readonly paragraphs: readonly Span[];
  readonly items: readonly Span[];
  readonly sentences: readonly Span[];
}

// English, and the German, French and Spanish ones a translated story keeps ("z. B.", "EE. UU.").
const ABBREVIATION = /\b(?:U\.S|U\.K|e\.g|i\.e|etc|vs|approx|ca|Mr|Mrs|Ms|Dr|Inc|Corp|Ltd|No|Fig|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|St|z\. ?B|z|bzw|Nr|ggf|vgl|inkl|Mio|Mrd|Tsd|env|cf|Mme|Sr|Sra|aprox|EE\. ?UU|EE)\.$/i;

function spans(text: string, re: RegExp, within: Span): Span[] {
  const out: Span[] = [];
  let from = within.start;
  re.lastIndex = within.start;
  const slice = text.slice(0, within.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m.index + m[0].length <= from) { re.lastIndex = m.index + 1; continue; }
    const cut = m.index + m[0].length;
    if (cut > from) out.push({ start: from, end: cut });
    from = cut;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (from < within.end) out.push({ start: from, end: within.end });
  return out;
}

/** Splits the text into paragraphs, list items and sentences. */
export function structure(w: string): Structure {
  const paragraphs = spans(w, /\n[ \t]*\n\s*/g, { start: 0, end: w.length });
  const items: Span[] = [];
  for (const p of paragraphs) {
    // A list item starts a line with "-", "*", "•" or "1." / "1)"; the lines before the first are the lead-in.
    for (const it of spans(w, /\n(?=[ \t]*(?:[-*•\u2013]|\d{1,2}[.)])[ \t])/g, p)) items.push(it);
  }
  const sentences: Span[] = [];
  for (const it of items) {
    // A sentence starts with a capital of any script, a digit or a sign, maybe after „, « or ¿.
    const re = /[.!?…]["”’»“)\]]*(?=\s+["“‘„«¿¡(\[]?[\p{Lu}0-9$€£]|\s*$)|:(?=\s*\n)/gu;
    let from = it.start;
    re.lastIndex = it.start;
    const slice = w.slice(0, it.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice)) !== null) {
      const cut = m.index + m[0].length;
      // "U.S. households", "approx. 40" and "$2.5 billion" do not end a sentence.
      if (m[0][0] === '.' && (ABBREVIATION.test(w.slice(Math.max(it.start, m.index - 8), m.index + 1)) || /\d$/.test(w.slice(0, m.index)) && /^\d/.test(w.slice(cut)))) continue;
      sentences.push({ start: from, end: cut });
      from = cut;
    }
    if (from < it.end) sentences.push({ start: from, end: it.end });
  }
  return { paragraphs, items, sentences };
}

const indexOf = (list: readonly Span[], at: number): number => {
  let lo = 0, hi = list.length - 1, found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
};

// ------------------------------------------------------------------------- numbers --

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, 'half a': 0.5,
  dozen: 12,
};
const WORD_MULT: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const MULT = String.raw`(?:\s?(?:thousand|million|billion|trillion)\b|(?:k|K|bn|mn|tn|B|M|T)(?![A-Za-z]))`;
const EXP = String.raw`(?:\s?[×x*]\s?10(?:\^\s?[-+]?\d+|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)|e[-+]?\d+)`;
const CUR = String.raw`(?:US\$|\$|€|£)`;
const ONE = String.raw`(?:${CUR}\s?)?${NUM}(?:${EXP}|${MULT})?`;
const WORDED = String.raw`(?:half a|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|hundred|a dozen)\s(?:thousand|million|billion|trillion)\b`;
const TEN_POW = String.raw`10(?:\^\s?[-+]?\d+|[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)`;

const TOKEN = new RegExp(
  String.raw`(?<![\w.,$€£^-])(?:(?:${CUR}\s?)?(?:${WORDED})|${TEN_POW}|${ONE}(?:\s?(?:–|—|-|to)\s?${ONE})?)`,
  'gi',
);

const SUPERSCRIPT = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';

/** A number token as plain ASCII that the core reads: "half a million" → "500000", "$25k–$40k" → "25k-40k", "3.8 × 10²⁵" → "3.8e25". */
function normaliseNumber(token: string): { text: string; currency?: string } | undefined {
  let s = token.trim();
  let currency: string | undefined;
  const cur = /(US\$|\$|€|£)/.exec(s);
  if (cur) currency = cur[1] === '€' ? 'EUR' : cur[1] === '£' ? 'GBP' : 'USD';
  s = s.replace(/US\$|\$|€|£/g, '').replace(/\s?(?:–|—|-|to)\s?(?=\d)/i, '-').trim();
  s = s.replace(/10([\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+)/g, (_, sup: string) => `10^${[...sup].map((c) => SUPERSCRIPT.indexOf(c)).join('')}`);
  s = s.replace(/\s?[×x*]\s?10\^\s?([-+]?\d+)/gi, 'e$1');
  if (/^10\^/.test(s)) s = `1e${s.slice(3).trim()}`;
  const worded = /^(half a|a hundred|a dozen|[a-z]+)\s(thousand|million|billion|trillion)$/i.exec(s);
  if (worded) {
    const w = worded[1].toLowerCase().replace(/^a (hundred|dozen)$/, '$1');
    const n = WORD_NUMBERS[w];
    if (n === undefined) return undefined;
    s = String(n * WORD_MULT[worded[2].toLowerCase()]);
  }
  // A space before a multiplier letter is not the core's form ("2 B" is not a number there).
  s = s.replace(/\s+(?=[kKMBT]\b|bn\b|mn\b|tn\b)/g, '');
  return currency ? { text: s, currency } : { text: s };
}

// ------------------------------------------------------------------------ the units --

const ENERGY_UNIT = /^[ -]?(?:(k|M|G|T|P)Wh\b|(kilo|mega|giga|tera)watt[- ]?hours?\b)/;
const POWER_UNIT = /^[ -]?(?:(k|M|G|T)W(?![A-Za-z])|(kilo|mega|giga|tera)watts?\b)/;
const PREFIX: Readonly<Record<string, string>> = { k: 'k', M: 'M', G: 'G', T: 'T', P: 'P', kilo: 'k', mega: 'M', giga: 'G', tera: 'T' };
const PER_YEAR = /^\s*(?:a year|per year|each year|every year|annually|yearly|per annum|\/\s?(?:yr|year))\b/i;
const YEAR_WORDS = /\b(?:a year|per year|each year|every year|annual(?:ly)?|yearly|per annum)\b/i;
const MONEY_WORD = /^\s?(dollars|USD|euros|EUR|pounds|GBP)\b/i;
const CO2 = /^\s?(?:(M|k)t|(?:metric\s)?(?:tonnes|tons|t))\b(?:\s(?:of\s)?(?:CO2e?|CO₂e?|carbon(?:\sdioxide)?|emissions|greenhouse gas(?:es)?))/i;
// Words between a number and its noun ("U.S." among them); another number ("2024 half a million
// GPUs") starts another figure, and a full stop ends the sentence ("… GPUs. Chips alone …").
const WORDS = String.raw`(?:\s(?!and\b|or\b|to\b|in\b|for\b|with\b|half\b|thousand\b|million\b|billion\b|trillion\b)[A-Za-z](?:[\w'’-]|\.(?=\w))*){0,3}?`;
const HOMES = new RegExp(String.raw`^${WORDS}\s(?:households|homes|houses)\b`, 'i');
const GPU_WORDS = String.raw`(?:GPUs?|graphics (?:processing )?units|accelerators|(?:AI )?chips|(?:NVIDIA |Nvidia |AMD |Intel |Google )?(?:H100|H200|B200|GB200|A100|MI300X|MI325X|Gaudi ?3|TPUs?)(?:s|-equivalents?| equivalents?)?|H100e|Hopper GPUs?)`;
const GPUS = new RegExp(String.raw`^\+?(?:[ -]${GPU_WORDS}\b|${WORDS}[ -]${GPU_WORDS}\b)(?:\s(?:AI\s)?(?:GPUs?|chips|accelerators)\b)?`, 'i');
const DURATION = /^\s?(days|weeks|months)\b/i;
const FLOP = /^\s?(?:FLOPs?|FLOP|floating[- ]point operations)(?!\/s|\s?per second)\b/i;
const PARAMS = /^\s?(?:parameters|params)\b/i;
const TOKENS = /^\s?(?:training\s)?tokens\b/i;
const GPU_HOURS = /^\s?(?:H100[- ])?GPU[- ]hours\b/i;

/** The accelerator a phrase names, as a catalog id. Hopper GPUs are counted as H100 SXM. */
export function acceleratorOf(phrase: string): string | undefined {
  const p = phrase.toLowerCase();
  if (/\bgb200\b/.test(p)) return 'gb200';
  if (/\bb200\b/.test(p)) return 'b200';
  if (/\bh200\b/.test(p)) return 'h200';
  if (/\bh100\s?pcie\b/.test(p)) return 'h100-pcie';
  if (/\bh100|\bhopper\b/.test(p)) return 'h100-sxm';
  if (/\ba100\b/.test(p)) return 'a100';
  if (/\bmi325x\b/.test(p)) return 'mi325x';
  if (/\bmi300x\b/.test(p)) return 'mi300x';
  if (/\bgaudi ?3\b/.test(p)) return 'gaudi-3';
  return undefined;
}

const QUALIFIER = /(?:^|[\s(“"„«])((?:well |just |slightly )?(?:over|more than|above|at least|upwards of|in excess of|exceeding|exceeds|exceeded|exceed|surpassing|surpasses|surpassed|topping|tops|topped|no less than|greater than|under|less than|below|at most|up to|fewer than|no more than|as much as|about|around|approximately|approx\.|roughly|some|nearly|almost|close to|an estimated|estimated|~|≈|>|<))\s*$/i;

const qualifierKind = (q: string): Figure['qualifier'] =>
  /over|more|above|least|upwards|excess|exceed|surpass|top|no less|greater|>/i.test(q) ? 'min'
    : /under|less|below|most|up to|fewer|no more|as much|</i.test(q) ? 'max' : 'approx';

function qualifierFor(printed: string, kind: Figure['qualifier']): string {
  const text = printed.replace(/\s+/g, ' ');
  const read = parseClaim('claim', `${text} 1`);
  if (read.ok && read.value.qualifier === kind) return text;
  return kind === 'min' ? 'over' : kind === 'max' ? 'up to' : 'about';
}

/** At most this many figures are read from one text, so a huge paste stays quick. */
export const MAX_FIGURES = 2000;

/** Every figure of a known kind in `text`, in order. */
export function findFigures(text: string): { figures: Figure[]; structure: Structure } {
  const w = workingCopy(text);
  const st = structure(w);
  const figures: Figure[] = [];
  const where = (at: number) => ({ sentence: indexOf(st.sentences, at), item: indexOf(st.items, at), paragraph: indexOf(st.paragraphs, at) });
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(w)) !== null && figures.length < MAX_FIGURES) {
    const token = m[0];
    if (!/\d/.test(token) && !/thousand|million|billion|trillion/i.test(token)) continue;
    const num = normaliseNumber(token);
    if (!num) continue;
    const tokenEnd = m.index + token.length;
    // Runs of spaces (left by footnote markers: "34 million[4] average households") read as one.
    const { text: tail, raw } = collapsedTail(w, tokenEnd);
    const sentence = st.sentences[indexOf(st.sentences, m.index)];
    const sentenceText = w.slice(sentence.start, sentence.end);
    // The qualifier before the figure belongs to the claim ("over 34 million …").
    const from = Math.max(sentence.start, m.index - 30);
    const before = w.slice(from, m.index);
    const q = QUALIFIER.exec(before);
    const start = q ? from + before.lastIndexOf(q[1]) : m.index;
    const qualifier = q ? qualifierKind(q[1]) : 'approx';
    // The claim keeps the story's qualifier where the core's parser reads it, else says it plainly.
    const qualText = q ? `${qualifierFor(q[1], qualifier)} ` : '';
    const base = { start, qualifier, ...where(m.index) } as const;
    const yearlyHere = (end: number) => PER_YEAR.test(w.slice(end, end + 20)) || YEAR_WORDS.test(sentenceText);
    let f: Figure | undefined;
    let u: RegExpExecArray | null;
    if (num.currency || MONEY_WORD.test(tail)) {
      const mw = MONEY_WORD.exec(tail);
      const end = tokenEnd + (mw ? raw(mw[0].length) : 0);
      const cur = num.currency ?? (mw ? (/^(?:euros|EUR)$/i.test(mw[1]) ? 'EUR' : /^(?:pounds|GBP)$/i.test(mw[1]) ? 'GBP' : 'USD') : 'USD');
      const r = parseMoney('money', num.text, cur);
      const sign = cur === 'EUR' ? '€' : cur === 'GBP' ? '£' : '$';
      if (r.ok) f = { ...base, kind: 'money', end, value: r.value.value, currency: cur, claim: `${qualText}${sign}${rangeOrOne(num.text)}`, attr: `${sign}${num.text}` };
    } else if ((u = ENERGY_UNIT.exec(tail))) {
      const unit = `${PREFIX[u[1] ?? u[2]?.toLowerCase()] ?? ''}Wh`;
      const r = parseQuantity('energy', `${num.text} ${unit}`, 'energy');
      const end = tokenEnd + raw(u[0].length);
      const per = PER_YEAR.exec(w.slice(end, end + 20));
      if (r.ok) f = { ...base, kind: 'energy', end: end + (per ? per[0].length : 0), value: r.value, yearly: yearlyHere(end), claim: `${qualText}${rangeOrOne(num.text)} ${unit}`, attr: `${num.text} ${unit}` };
    } else if ((u = POWER_UNIT.exec(tail))) {
      const unit = `${PREFIX[u[1] ?? u[2]?.toLowerCase()] ?? ''}W`;
      const r = parseQuantity('power', `${num.text} ${unit}`, 'power');
      if (r.ok) f = { ...base, kind: 'power', end: tokenEnd + raw(u[0].length), value: r.value, claim: `${qualText}${rangeOrOne(num.text)} ${unit}`, attr: `${num.text} ${unit}` };
    } else if ((u = FLOP.exec(tail))) {
      const r = parseNumberRange('flops', num.text);
      if (r.ok) f = { ...base, kind: 'compute', end: tokenEnd + raw(u[0].length), value: r.value, claim: `${qualText}${rangeOrOne(num.text)} FLOP`, attr: `${num.text}` };
    } else {
      const r = parseNumberRange('n', num.text);
      if (!r.ok || /^1e|e/i.test(num.text) && !/\d$/.test(num.text)) continue;
      const n = r.value;
      const nt = rangeOrOne(num.text);
      // Counts go into attributes as plain digits ("100000", "25000-40000").
      const count = n.low === n.high ? String(n.mid) : `${n.low}-${n.high}`;
      if ((u = CO2.exec(tail))) {
        const scale = u[1] === 'M' ? 1e6 : u[1] === 'k' ? 1e3 : 1;
        const value = { low: n.low * scale, mid: n.mid * scale, high: n.high * scale };
        f = { ...base, kind: 'co2', end: tokenEnd + raw(u[0].length), value, claim: `${qualText}${scale === 1 ? nt : String(value.mid)} tonnes of CO2`, attr: `${value.mid}` };
      } else if ((u = GPU_HOURS.exec(tail))) {
        f = { ...base, kind: 'gpu-hours', end: tokenEnd + raw(u[0].length), value: n, claim: `${qualText}${nt} GPU-hours`, attr: count };
      } else if ((u = HOMES.exec(tail))) {
        f = { ...base, kind: 'homes', end: tokenEnd + raw(u[0].length), value: n, claim: `${qualText}${nt}${u[0].replace(/\s+/g, ' ')}`, attr: count };
      } else if ((u = GPUS.exec(tail))) {
        const phrase = u[0];
        // "a 25,000-GPU cluster of H100s": the accelerator may follow in the same sentence.
        const rest = w.slice(tokenEnd + raw(phrase.length), Math.min(sentence.end, tokenEnd + raw(phrase.length) + 60));
        const accelerator = acceleratorOf(phrase) ?? (/\b(?:GPUs?|chips|accelerators)$/i.test(phrase) ? acceleratorOf(/^[^,;.]*/.exec(rest)?.[0] ?? '') : undefined);
        const h100e = /equivalent|h100e/i.test(phrase);
        const plus = phrase.startsWith('+');
        f = {
          ...base, kind: 'gpus', end: tokenEnd + raw(phrase.length), value: n, claim: `${qualText}${nt}${phrase.replace(/\s+/g, ' ')}`, attr: count,
          ...(plus ? { qualifier: 'min' as const } : {}), ...(accelerator ? { accelerator } : h100e ? { accelerator: 'h100-sxm' } : {}), ...(h100e ? { h100e } : {}),
        };
      } else if ((u = DURATION.exec(tail))) {
        const unit = u[1].toLowerCase();
        const days = unit.startsWith('week') ? 7 : unit.startsWith('month') ? 365.25 / 12 : 1;
        f = { ...base, kind: 'duration', end: tokenEnd + raw(u[0].length), value: { low: n.low * days, mid: n.mid * days, high: n.high * days }, claim: `${qualText}${nt} ${unit}`, attr: count };
      } else if ((u = PARAMS.exec(tail))) {
        f = { ...base, kind: 'params', end: tokenEnd + raw(u[0].length), value: n, claim: `${nt} parameters`, attr: count };
      } else if ((u = TOKENS.exec(tail))) {
        f = { ...base, kind: 'tokens', end: tokenEnd + raw(u[0].length), value: n, claim: `${nt} tokens`, attr: count };
      }
    }
    if (f && valid(f.value)) figures.push(f);
  }
  // Rank claims carry no number: "a cluster bigger than anything I've seen reported".
  const rank = new RegExp(RANK_CLAIM.source, 'giu');
  while ((m = rank.exec(w)) !== null && figures.length < MAX_FIGURES) {
    const end = m.index + m[0].length;
    // "The largest buyer of GPUs" ranks no cluster: "largest" and "biggest" count only before a cluster.
    const superlative = /^(?:largest|biggest)$/i.test(m[0]);
    const what = superlative ? /^(?:\s+[\w-]+){0,2}?\s+(?:(?:AI |GPU |training )?clusters?|supercomputers?|AI (?:super)?computers?)\b/i.exec(w.slice(end, end + 60)) : null;
    if (superlative && !what) continue;
    const rest = what ?? /^(?:\s(?:I['’]ve|we['’]ve|anyone['’]s|that['’]s|that|has|have|ever|been|seen|reported|built|known|in the world|yet|to date|on record|so far)){0,5}/i.exec(w.slice(end, end + 60));
    figures.push({
      kind: 'cluster-rank', start: m.index, end: end + (rest ? rest[0].length : 0), value: { low: 1, mid: 1, high: 1 }, qualifier: 'approx',
      claim: w.slice(m.index, end + (rest ? rest[0].length : 0)).replace(/\s+/g, ' '), attr: '', ...where(m.index),
    });
  }
  figures.sort((a, b) => a.start - b.start);
  return { figures, structure: st };
}

/** The text after a figure with runs of spaces and tabs as one space, and a map from its lengths back to the text's. */
function collapsedTail(w: string, at: number): { text: string; raw: (length: number) => number } {
  const slice = w.slice(at, at + 160);
  let text = '';
  const pos: number[] = [];
  for (let k = 0; k < slice.length; k++) {
    const c = slice[k];
    if ((c === ' ' || c === '\t') && (text.endsWith(' ') || (text.length === 0 && slice[k + 1] === ' '))) continue;
    text += c === '\t' ? ' ' : c;
    pos.push(k);
  }
  return { text, raw: (length) => (length <= 0 ? 0 : (pos[length - 1] ?? slice.length - 1) + 1) };
}

/** "25k-40k" is a range: a claim about it is checked at its middle, as "about" it. */
function rangeOrOne(text: string): string {
  const r = parseNumberRange('n', text);
  if (!r.ok || r.value.low === r.value.high) return text;
  return compact(r.value.mid);
}

/** A number as the core's parser reads it and a reader writes it: "32500", "11.375 billion". */
export function compact(n: number): string {
  for (const [word, size] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
    if (Math.abs(n) >= size) return `${Number((n / size).toPrecision(4))} ${word}`;
  }
  return String(Number(n.toPrecision(6)));
}

const valid = (r: Range) => Number.isFinite(r.low) && Number.isFinite(r.mid) && Number.isFinite(r.high) && r.high > 0;
