// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The README's promise on a page the library does not control: a bare article (no demo.css) that
// links dist/compute-calc.css and holds the six calculators, each between two paragraphs: bare,
// with the seed story's claims, interactive, and both. Each page is shown in a frame 360 px wide
// (a phone) and in one 1024 px wide (a laptop, the article in the README's 40rem column);
// dist/compute-calc.js is added after their first frames, as a slow script would arrive. On every
// rendered frame from then until every chart is laid out, no paragraph below a widget may move;
// where the Layout Instability API exists (Chromium) no layout-shift entry may be recorded either.
// npm test builds the dist files first.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { painted } from '../helpers/shadow.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'] as const;
const engine = () => navigator.userAgent.match(/Firefox|Chrome|Safari/)?.[0] ?? navigator.userAgent;

/** The seed story's claims, as the README and the demo's article print them. */
const CLAIMS: Record<(typeof TAGS)[number], string> = {
  'power-equivalence': 'over 34 million households',
  'gpu-cluster-cost': 'over $2 billion',
  'training-time': 'about 90 days',
  'carbon-footprint': 'about 136,000 tonnes',
  'cluster-compare': 'bigger than anything reported',
  'inference-energy': 'ten times as much as a Google search',
};
const VARIANTS = {
  'bare tags': () => '',
  'tags with claim': (t: (typeof TAGS)[number]) => ` claim="${CLAIMS[t]}"`,
  'interactive tags': () => ' interactive',
  'interactive tags with claim': (t: (typeof TAGS)[number]) => ` interactive claim="${CLAIMS[t]}"`,
} as const;

const article = (attrs: (t: (typeof TAGS)[number]) => string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/dist/compute-calc.css">
<style>body { margin: 0 auto; padding: 0 8px; max-width: 40rem; font: 18px/1.6 Georgia, serif; }</style>
</head><body><h1>Meta trains Llama 4 on over 100,000 H100 GPUs</h1>
${TAGS.map((t) => `<p>A paragraph of the story above the calculator.</p>\n<${t}${attrs(t)}></${t}>\n<p class="below">A paragraph the reader is reading below it.</p>`).join('\n')}
</body></html>`;

/** Waits for `n` frames of `win` that really run (Chromium renders only the page in front). */
async function frames(win: Window, n = 2): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    let ran = false;
    for (let attempt = 0; attempt < 10 && !ran; attempt += 1) {
      await executeServerCommand('bring-to-front');
      ran = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 500);
        win.requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    }
    if (!ran) throw new Error('the page rendered no frame');
  }
}

interface Measured {
  readonly width: number;
  /** The largest movement of any paragraph below a widget in any frame, with what moved. */
  readonly moved: number;
  readonly where: string;
  readonly cls: number;
  readonly cards: ReadonlyArray<{ tag: string; card: number; reserved: number }>;
}

async function measure(frameWidth: number, attrs: (t: (typeof TAGS)[number]) => string): Promise<Measured> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${frameWidth}px;height:16000px;border:0;display:block`;
  document.body.append(frame);
  try {
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    doc.open();
    doc.write(article(attrs));
    doc.close();
    const sheet = doc.querySelector('link')!;
    if (!sheet.sheet) await new Promise((r) => sheet.addEventListener('load', r, { once: true }));
    await frames(win, 2);

    const below = [...doc.querySelectorAll<HTMLElement>('p.below')];
    const tops = () => below.map((p) => p.getBoundingClientRect().top);
    const start = tops();
    const shifts: number[] = [];
    const Observer = win.PerformanceObserver;
    const hasLS = (Observer?.supportedEntryTypes ?? []).includes('layout-shift');
    const observer = hasLS ? new Observer((list) => shifts.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value))) : undefined;
    observer?.observe({ type: 'layout-shift' });

    let moved = 0;
    let where = '';
    let on = true;
    const sample = () => {
      for (const [i, top] of tops().entries()) {
        if (Math.abs(top - start[i]) > Math.abs(moved)) {
          moved = top - start[i];
          where = `below <${TAGS[i]}>`;
        }
      }
    };
    const tick = () => {
      if (!on) return;
      sample();
      win.requestAnimationFrame(tick);
    };
    win.requestAnimationFrame(tick);

    // The single file, and <inference-energy>'s own file beside it (scripts/bundles.mjs).
    for (const src of ['/dist/compute-calc.js', '/dist/inference-energy.js']) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = src;
      doc.body.append(script);
    }
    const els = TAGS.map((t) => doc.querySelector(t) as HTMLElement & { updateComplete?: Promise<unknown> });
    for (let i = 0; i < 400 && !els.every((el) => el.shadowRoot?.querySelector('svg[role=img]')); i++) await new Promise((r) => setTimeout(r, 25));
    await Promise.all(els.map((el) => el.updateComplete));
    // The chart re-lays itself out at its box's width a task after the first frame, if it must.
    await frames(win, 3);
    await new Promise((r) => setTimeout(r, 100));
    await Promise.all(els.map((el) => el.updateComplete));
    await frames(win, 2);
    on = false;
    sample();
    if (observer) {
      shifts.push(...observer.takeRecords().map((e) => (e as PerformanceEntry & { value: number }).value));
      observer.disconnect();
    }
    // A card far from the viewport is a placeholder until a reader comes near (content-visibility):
    // measure every card laid out, as a reader who scrolls to it sees it.
    painted(doc.documentElement);
    const cards = els.map((el, i) => ({
      tag: TAGS[i],
      card: el.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect().height,
      reserved: parseFloat(win.getComputedStyle(el).minHeight),
    }));
    return { width: doc.body.clientWidth, moved, where, cls: shifts.reduce((a, b) => a + b, 0), cards };
  } finally {
    frame.remove();
  }
}

describe('a bare article page with the stylesheet and the six calculators', () => {
  for (const [variant, attrs] of Object.entries(VARIANTS)) {
    for (const [name, width] of [['a 360 px phone', 360], ["the README's 40rem column in a 1024 px window", 1024]] as const) {
      it(`${variant}: nothing below a widget moves while they upgrade, in ${name}`, async () => {
        const m = await measure(width, attrs);
        const rem = 16;
        console.log(`[article-shift] ${engine()} ${variant}, ${name} (body ${m.width}px): ${m.cards.map((c) => `<${c.tag}> card ${(c.card / rem).toFixed(2)}rem in ${(c.reserved / rem).toFixed(2)}rem`).join(', ')}; moved ${m.moved.toFixed(1)}px ${m.where}; CLS ${m.cls.toFixed(4)}`);
        for (const c of m.cards) expect(c.card, `<${c.tag}>'s card (${(c.card / rem).toFixed(2)}rem) fits its reservation (${(c.reserved / rem).toFixed(2)}rem) in ${name}`).to.be.at.most(c.reserved + 0.5);
        expect(Math.abs(m.moved), `the paragraph ${m.where} moved ${m.moved.toFixed(1)}px`).to.be.at.most(0.5);
        expect(m.cls, 'cumulative layout shift').to.equal(0);
      });
    }
  }
});
