// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// No layout shift when the calculators upgrade. Each of the five bare tags is put in the page
// before its definition runs, with the reservation the README recommends (min-height on the element
// itself), a paragraph above and one below it; then its module is imported, the tag upgrades,
// renders and lays its chart out at the column's width.
//   - settled: in every engine the card fits its reservation, and neither the element nor the
//     paragraph below has moved;
//   - while upgrading: no rendered frame moves the paragraph below (positions read on every
//     animation frame, in every engine), and where the Layout Instability API exists (Chromium;
//     Firefox and WebKit have none, which the test names say) the `layout-shift` entries from
//     mount to settled add up to 0.
// A control element upgrading without a reservation shows that both measurements see a shift.
//
// The reserved heights come from dist/compute-calc.css, the stylesheet the README's snippet links
// (npm test builds it). Two columns are measured: the demo's own (its body, 46rem wide) and the
// README's 40rem column. test/lifecycle/article-shift.test.ts does the same for a whole article
// page loading dist/compute-calc.js, on a phone too.
//
// The definitions must run after the tags are in the page, so each module is imported dynamically
// in its own `before` (this file runs in a page of its own, where nothing imported them before).

import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { mountTemplate } from '../helpers/fixture.js';
import { shadow } from '../helpers/shadow.js';

const ELEMENTS = [
  { tag: 'power-equivalence', load: () => import('../../src/components/power-equivalence/power-equivalence.js') },
  { tag: 'gpu-cluster-cost', load: () => import('../../src/components/gpu-cluster-cost/gpu-cluster-cost.js') },
  { tag: 'training-time', load: () => import('../../src/components/training-time/training-time.js') },
  { tag: 'carbon-footprint', load: () => import('../../src/components/carbon-footprint/carbon-footprint.js') },
  { tag: 'cluster-compare', load: () => import('../../src/components/cluster-compare/cluster-compare.js') },
] as const;

/** The columns measured: the demo page's own (its body, 46rem) and the README's 40rem one. */
const COLUMNS = [
  { name: "the demo's 46rem column", style: '' },
  { name: "the README's 40rem column", style: 'max-width: 40rem' },
] as const;

/**
 * Whether a transient shift on upgrade is known and tolerated. There was one until 1c4f309: the
 * first render laid the chart out at the default 480 px before the ResizeObserver reported the
 * column's width, and the SVG (width 100%, height auto) scaled that layout to the column for a
 * frame or more, so the card was up to ~110 px taller than when settled (the paragraph below moved
 * by as much; Chromium's cumulative layout shift 0.0008 to 0.05). Now the first render reads the
 * real width, and this stays false: every "while upgrading" test must pass. Set to true only
 * while a known regression is being fixed; those tests then log and skip instead of failing.
 */
const UPGRADE_TRANSIENT_KNOWN = false;

const engine = () => navigator.userAgent.match(/Firefox|Chrome|Safari/)?.[0] ?? navigator.userAgent;
/** Whether this engine has the Layout Instability API (`layout-shift` entries). */
const HAS_LAYOUT_SHIFT = (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
const IS_CHROMIUM = /Chrome\//.test(navigator.userAgent);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits for `n` animation frames that really run. Chromium renders only the page in front when two
 * test files run at once, and a page it does not render gets no frames, no ResizeObserver callbacks
 * and no layout-shift entries, so the page is brought to front first (and again if a frame does
 * not come). Returns false if the frames never came.
 */
async function renderedFrames(n = 2): Promise<boolean> {
  for (let i = 0; i < n; i += 1) {
    let ran = false;
    for (let attempt = 0; attempt < 10 && !ran; attempt += 1) {
      await executeServerCommand('bring-to-front');
      ran = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 500);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    }
    if (!ran) return false;
  }
  return true;
}

/** Polls `check` on rendered frames until it holds or `ms` pass. */
async function until(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await renderedFrames(1);
    await sleep(10);
  }
  return true;
}

/** The chart's viewBox width (the width it was laid out at), or NaN without a chart. */
function chartWidth(el: Element): number {
  const vb = el.shadowRoot?.querySelector('svg[role=img]')?.getAttribute('viewBox') ?? '';
  return Number(vb.split(/\s+/)[2]);
}

/** The width the chart should be laid out at in its box (the rule in CalcElement.updated). */
function expectedChartWidth(el: Element): number {
  const box = el.shadowRoot?.querySelector<HTMLElement>('[part=chart]');
  if (!box) return NaN;
  const cs = getComputedStyle(box);
  const content = box.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
  return Math.max(240, Math.min(800, Math.floor(content / 8) * 8));
}

/** Collects `layout-shift` entries that start at or after `since` (buffered, so none is missed). */
function recordShifts(since: number): { entries: PerformanceEntry[]; stop(): PerformanceEntry[] } {
  const entries: PerformanceEntry[] = [];
  if (!HAS_LAYOUT_SHIFT) return { entries, stop: () => entries };
  const add = (list: PerformanceEntry[]) => {
    for (const e of list) if (e.startTime >= since && !entries.includes(e)) entries.push(e);
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  return {
    entries,
    stop() {
      add(observer.takeRecords());
      observer.disconnect();
      return entries;
    },
  };
}

interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources?: ReadonlyArray<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
}

/**
 * The sum of all shifts' scores. Shifts flagged `hadRecentInput` count too: no test here has input,
 * but Chromium flags shifts within 500 ms of a viewport resize (setViewport) that way.
 */
const cls = (entries: PerformanceEntry[]) => (entries as LayoutShiftEntry[]).reduce((sum, e) => sum + e.value, 0);

/** Each entry's score, time and what moved (shadow-DOM nodes are reported without a node). */
const describeShifts = (entries: PerformanceEntry[]) =>
  (entries as LayoutShiftEntry[]).map((e) => `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms${e.hadRecentInput ? ' (had recent input)' : ''} (${(e.sources ?? [])
    .map((s) => `${s.node instanceof Element ? s.node.localName : '(shadow)'} y ${Math.round(s.previousRect.y)} -> ${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)} -> ${Math.round(s.currentRect.height)}`)
    .join('; ')})`).join(' | ');

/**
 * Reads `read()` on every animation frame (what each painted frame shows) until `stop()`, which
 * takes one last reading and returns them all.
 */
function everyFrame<T>(read: () => T): { stop(): T[] } {
  const samples: T[] = [];
  let on = true;
  const tick = () => {
    if (!on) return;
    samples.push(read());
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      on = false;
      samples.push(read());
      return samples;
    },
  };
}

/** One column: an article paragraph, the un-upgraded element, and a paragraph below it. */
function column(tag: string, style: string): { root: HTMLElement; el: HTMLElement; below: HTMLElement } {
  const root = document.createElement('div');
  if (style) root.setAttribute('style', style);
  const above = document.createElement('p');
  above.textContent = 'The cluster the company announced would hold 100,000 accelerators.';
  const el = document.createElement(tag);
  const below = document.createElement('p');
  below.textContent = 'A paragraph the reader is reading below the calculator.';
  root.append(above, el, below);
  return { root, el, below };
}

/** Positions in CSS pixels, from the top of `origin` (the fixture holding every column). */
function measure(origin: Element, { el, below }: { el: Element; below: Element }) {
  const top = origin.getBoundingClientRect().top;
  const r = el.getBoundingClientRect();
  return { elTop: r.top - top, height: r.height, belowTop: below.getBoundingClientRect().top - top };
}

type Position = ReturnType<typeof measure>;

/** Height of the rendered card (the element's content without its reservation). */
function cardHeight(el: Element): number {
  return shadow(el).querySelector('[part=base]')?.getBoundingClientRect().height ?? NaN;
}

/** dist/compute-calc.css, linked as the README says. */
let libraryCss: HTMLLinkElement | undefined;

before(async () => {
  libraryCss = document.createElement('link');
  libraryCss.rel = 'stylesheet';
  libraryCss.href = '/dist/compute-calc.css';
  const loaded = new Promise<void>((resolve, reject) => {
    libraryCss!.addEventListener('load', () => resolve(), { once: true });
    libraryCss!.addEventListener('error', () => reject(new Error('dist/compute-calc.css did not load')), { once: true });
  });
  document.head.append(libraryCss);
  await loaded;
  // A tall enough viewport that both columns and the paragraphs below them are on screen: the
  // Layout Instability API only counts shifts of what is visible. (WebDriver cannot set it; there
  // only positions are measured, which need no viewport.)
  if (IS_CHROMIUM) {
    await setViewport({ width: 1024, height: 1900 });
    // Chromium treats a viewport resize like input for 500 ms: shifts then are flagged.
    await sleep(600);
  }
  await renderedFrames(2);
});

after(() => {
  libraryCss?.remove();
});

/** What one upgrade measured, for the tests of one element to assert on. */
interface Run {
  readonly rem: number;
  readonly columns: ReadonlyArray<{
    readonly name: string;
    readonly reserved: number;
    readonly before: Position;
    readonly after: Position;
    readonly card: number;
    readonly tallest: number;
    /** The largest movement of the paragraph below in any frame, signed. */
    readonly moved: number;
    readonly frames: number;
  }>;
  readonly shifts: PerformanceEntry[];
  /** The shifts described while their nodes were still in the page. */
  readonly shiftText: string;
}

/**
 * Mounts `tag` un-upgraded in both columns with its reservation, waits until that is on screen,
 * imports its module, waits until both charts are laid out at their columns' widths and that is
 * on screen, and returns what it measured on the way.
 */
async function upgrade(tag: string, load: () => Promise<unknown>): Promise<Run> {
  expect(customElements.get(tag), `<${tag}> is not yet defined in this page`).to.equal(undefined);
  const since = performance.now();
  const columns = COLUMNS.map((c) => ({ ...c, ...column(tag, c.style) }));
  const wrapper = document.createElement('div');
  wrapper.append(...columns.map((c) => c.root));
  await mountTemplate(html`${wrapper}`);
  const at = (c: (typeof columns)[number]) => measure(wrapper, c);

  const reserved = columns.map((c) => parseFloat(getComputedStyle(c.el).minHeight));
  for (const [i, c] of columns.entries()) {
    expect(reserved[i], `compute-calc.css reserves a min-height for <${tag}> (${c.name})`).to.be.greaterThan(0);
  }
  expect(await renderedFrames(2), 'the page renders frames').to.be.true;
  const before = columns.map(at);
  for (const [i, c] of columns.entries()) {
    expect(before[i].height, `un-upgraded <${tag}> in ${c.name} is as tall as its reservation`).to.be.closeTo(reserved[i], 0.5);
  }

  const shifts = recordShifts(since);
  const watch = everyFrame(() => columns.map(at));
  await load();
  const els = columns.map((c) => c.el as LitElement);
  await Promise.all(els.map((el) => el.updateComplete));
  const settled = await until(() => els.every((el) => chartWidth(el) === expectedChartWidth(el)));
  expect(settled, `charts laid out at their columns' widths (${els.map(chartWidth).join(', ')} vs ${els.map(expectedChartWidth).join(', ')})`).to.be.true;
  await Promise.all(els.map((el) => el.updateComplete));
  expect(await renderedFrames(3), 'the upgraded state is rendered').to.be.true;
  await sleep(50);
  const entries = shifts.stop();
  const samples = watch.stop();
  const after = samples[samples.length - 1];

  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const run: Run = {
    rem,
    shifts: entries,
    shiftText: describeShifts(entries),
    columns: columns.map((c, i) => ({
      name: c.name,
      reserved: reserved[i],
      before: before[i],
      after: after[i],
      card: cardHeight(c.el),
      tallest: Math.max(...samples.map((f) => f[i].height)),
      moved: samples.map((f) => f[i].belowTop - before[i].belowTop).reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0),
      frames: samples.length,
    })),
  };
  for (const [i, c] of run.columns.entries()) {
    const width = columns[i].root.getBoundingClientRect().width;
    console.log(`[layout-shift] ${engine()} <${tag}> in ${c.name} (${width}px): reserved ${c.reserved}px (${c.reserved / rem}rem, compute-calc.css); settled card ${c.card.toFixed(1)}px (${(c.card / rem).toFixed(2)}rem); element ${c.before.height}px, tallest ${c.tallest.toFixed(1)}px in ${c.frames} frames, settled ${c.after.height.toFixed(1)}px; paragraph below moved up to ${c.moved.toFixed(1)}px, settled ${(c.after.belowTop - c.before.belowTop).toFixed(1)}px`);
  }
  if (HAS_LAYOUT_SHIFT) console.log(`[layout-shift] ${engine()} <${tag}>: cumulative layout shift ${cls(entries).toFixed(4)}${entries.length ? `: ${run.shiftText}` : ''}`);
  return run;
}

describe('no layout shift when an element upgrades inside its reservation', () => {
  it(`this engine ${HAS_LAYOUT_SHIFT ? 'has' : 'has no'} Layout Instability API (${engine()})`, () => {
    console.log(`[layout-shift] ${engine()}: ${HAS_LAYOUT_SHIFT ? 'layout-shift entries are recorded' : 'no layout-shift entries: positions only'}`);
    // Chromium must have it, so the layout-shift assertions never go quietly missing there.
    if (IS_CHROMIUM) expect(HAS_LAYOUT_SHIFT, 'Chromium supports layout-shift entries').to.be.true;
  });

  for (const { tag, load } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      let run: Run | undefined;
      before(async () => {
        run = await upgrade(tag, load);
      });

      it(`settled: the card fits its reservation in the demo's 46rem and the README's 40rem column; nothing around it moved`, () => {
        if (!run) expect.fail('the upgrade did not run');
        const { rem } = run;
        for (const c of run.columns) {
          const where = `<${tag}> in ${c.name}`;
          expect(c.card, `settled ${where}: a ${c.card.toFixed(1)}px (${(c.card / rem).toFixed(2)}rem) card in a ${c.reserved}px (${c.reserved / rem}rem) reservation`).to.be.at.most(c.reserved + 0.5);
          expect(c.after.height, `settled ${where} keeps its reserved height`).to.be.closeTo(c.before.height, 0.5);
          expect(c.after.elTop, `settled ${where} has not moved`).to.be.closeTo(c.before.elTop, 0.5);
          expect(c.after.belowTop, `the paragraph below settled ${where} has not moved`).to.be.closeTo(c.before.belowTop, 0.5);
        }
      });

      it(`while upgrading: no rendered frame moves the content below${HAS_LAYOUT_SHIFT ? ', and no layout-shift entry is recorded' : ` (positions only: ${engine()} has no Layout Instability API)`}${UPGRADE_TRANSIENT_KNOWN ? ' [known transient, see UPGRADE_TRANSIENT_KNOWN]' : ''}`, function () {
        if (!run) expect.fail('the upgrade did not run');
        const problems: string[] = [];
        for (const c of run.columns) {
          if (Math.abs(c.moved) > 0.5) {
            problems.push(`in ${c.name} the paragraph below moved ${c.moved.toFixed(1)}px in some frame (element up to ${c.tallest.toFixed(1)}px tall in a ${c.reserved}px reservation)`);
          }
        }
        if (HAS_LAYOUT_SHIFT && cls(run.shifts) > 0) {
          problems.push(`cumulative layout shift ${cls(run.shifts).toFixed(4)}: ${run.shiftText}`);
        }
        if (problems.length === 0 && UPGRADE_TRANSIENT_KNOWN) {
          console.log(`[layout-shift] ${engine()} <${tag}>: no transient shift any more; UPGRADE_TRANSIENT_KNOWN can be set to false`);
        }
        if (problems.length > 0 && UPGRADE_TRANSIENT_KNOWN) {
          console.log(`[layout-shift] ${engine()} <${tag}> known transient, skipped: ${problems.join('; ')}`);
          this.skip();
        }
        expect(problems, `<${tag}> while upgrading`).to.deep.equal([]);
      });
    });
  }
});

describe('control', () => {
  it(`control: an element upgrading without a reservation pushes the content below down (${HAS_LAYOUT_SHIFT ? 'and a layout-shift is recorded' : 'positions only'})`, async () => {
    // Proves the measurement can see a shift at all, in this page and this engine.
    const tag = 'cc-unreserved-probe';
    const since = performance.now();
    const c = column(tag, '');
    await mountTemplate(html`${c.root}`);
    expect(await renderedFrames(2), 'the page renders frames').to.be.true;
    const before = measure(c.root, c);
    const shifts = recordShifts(since);
    const watch = everyFrame(() => measure(c.root, c));
    customElements.define(tag, class extends HTMLElement {
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = '<div part="base" style="height: 200px"></div>';
      }
    });
    expect(await renderedFrames(3), 'the upgraded state is rendered').to.be.true;
    await sleep(50);
    const entries = shifts.stop();
    const samples = watch.stop();
    const moved = Math.max(...samples.map((f) => f.belowTop - before.belowTop));
    console.log(`[layout-shift] ${engine()} control: paragraph below moved ${moved.toFixed(1)}px in ${samples.length} frames${HAS_LAYOUT_SHIFT ? `, cumulative layout shift ${cls(entries).toFixed(4)}` : ''}`);
    // 200 px, or a little more: the empty tag's neighbours' margins collapsed through it before.
    expect(moved, 'the paragraph below moved down by the probe\'s height').to.be.at.least(199.5);
    if (HAS_LAYOUT_SHIFT) expect(cls(entries), 'a layout shift was recorded').to.be.greaterThan(0);
  });
});
