// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The demo's story checker, driven as an author would: a story pasted into its box, then what a
// reader of the page sees (the marks in the story, the verdicts and reasons, the snippets). Each
// snippet is then rendered as the element it names, whose own verdict must be the checker's.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { mountChecker, type Checker } from '../../demo/check.js';
import type { Verdict } from '../../src/core/claim.js';

const SEED = `Meta is training Llama 4 on a cluster of over 100,000 NVIDIA H100 AI GPUs. The chips alone cost in excess of $2 billion.

Such a cluster would consume at least 370GWh[3] a year, equivalent to powering over 34 million average American households.`;

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) r.remove();
});

function mount(initial = ''): { checker: Checker; root: HTMLElement } {
  const root = document.createElement('main');
  document.body.append(root);
  roots.push(root);
  return { checker: mountChecker(root, initial), root };
}

/** Pastes `text` into the box and presses the check button, as an author does. */
function paste(root: HTMLElement, checker: Checker, text: string): void {
  checker.textarea.value = text;
  checker.textarea.dispatchEvent(new Event('input', { bubbles: true }));
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
}

/**
 * The demo's stylesheet as a reader with that colour scheme gets it. The page's dark rules sit in
 * `@media (prefers-color-scheme: dark)`; only Chromium lets a test emulate that media feature, so the
 * block is applied (dark) or dropped (light) by hand, the same in every engine.
 */
function pageSheet(css: string, scheme: 'light' | 'dark'): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
    const rule = sheet.cssRules[i];
    if (!(rule instanceof CSSMediaRule) || !/prefers-color-scheme:\s*dark/.test(rule.conditionText ?? rule.media.mediaText)) continue;
    const inner = [...rule.cssRules].map((r) => r.cssText);
    sheet.deleteRule(i);
    if (scheme === 'dark') inner.reverse().forEach((text) => sheet.insertRule(text, i));
  }
  return sheet;
}

const visible = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Renders each checked finding's snippet as the element it names and expects the element's own
 * verdict to be the checker's, shown on the card (in words matching `says`, when given). Returns how many.
 */
async function renderSnippets(root: HTMLElement, checker: Checker, says?: RegExp): Promise<number> {
  const findings = checker.result!.findings.filter((f) => f.verdict && f.snippet);
  for (const f of findings) {
    const host = document.createElement('div');
    host.innerHTML = f.snippet!;
    root.append(host);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; estimate: { verdict?: Verdict; claimCheck?: { verdict: Verdict } } };
    await el.updateComplete;
    const v = el.estimate.claimCheck?.verdict ?? el.estimate.verdict;
    expect(v, f.snippet).to.exist;
    expect(v!.kind, f.snippet).to.equal(f.verdict!.kind);
    expect(v!.factor, f.snippet).to.equal(f.verdict!.factor);
    // And the reader sees that verdict on the card.
    const shown = el.shadowRoot!.querySelector('[part="verdict"]')!;
    expect(shown.getAttribute('data-kind'), f.snippet).to.equal(f.verdict!.kind);
    if (says) expect(visible(shown), f.snippet).to.match(says);
  }
  return findings.length;
}

describe('demo/check.html: the story checker', () => {
  it('marks every figure of a pasted story in place, with its number and verdict as text', () => {
    const { checker, root } = mount();
    paste(root, checker, SEED);
    const marks = [...root.querySelectorAll('.chk-marked mark')];
    expect(marks.map((m) => m.firstChild?.textContent)).to.deep.equal([
      'over 100,000 NVIDIA H100 AI GPUs', 'in excess of $2 billion', 'at least 370GWh[3] a year', 'over 34 million average American households',
    ]);
    // The story's own text is all there, in order, around the marks.
    expect(root.querySelector('.chk-marked')!.textContent!.replace(/\d+ [✓▲▼·]/g, '')).to.equal(SEED);
    const homes = marks[3];
    expect(homes.getAttribute('data-verdict')).to.equal('too-high');
    expect(visible(homes.querySelector('a'))).to.equal('4 ▲');
    expect(homes.querySelector('a')!.getAttribute('aria-label')).to.equal('figure 4: too high, about 992×');
    expect(visible(marks[1].querySelector('a'))).to.equal('2 ✓');
  });

  it('lists each finding with its verdict, its reason in one sentence and the snippet to copy', () => {
    const { checker, root } = mount();
    paste(root, checker, SEED);
    const items = [...root.querySelectorAll('.chk-findings > li')];
    expect(items.length).to.equal(4);
    const homes = items[3];
    expect(visible(homes.querySelector('.chk-verdict'))).to.equal('▲ Too high, about 992× — against at least 370GWh a year');
    expect(visible(homes.querySelector('.chk-reason'))).to.match(/^The claim “over 34 million average American households” is about 1,000 times too high: this estimate gives 34,300 average homes in the United States for at least 370GWh a year\.$/);
    expect(visible(homes.querySelector('pre'))).to.equal('<power-equivalence energy="370 GWh" claim="over 34 million average American households"></power-equivalence>');
    expect(visible(items[1].querySelector('.chk-verdict'))).to.equal('✓ Consistent — against over 100,000 NVIDIA H100 AI GPUs');
    expect(visible(root.querySelector('.chk-status'))).to.match(/^4 figures found, 3 checked: 1 does not fit, 1 by 10× or more\. Figures as of 2026-12\.$/);
    for (const text of [...root.querySelectorAll('.chk-marked, .chk-findings, .chk-status')].map(visible)) expect(text).not.to.match(/NaN|Infinity|undefined|null/);
  });

  it('each snippet, rendered, gives the verdict the checker gave (seed story)', async () => {
    const { checker, root } = mount();
    paste(root, checker, SEED);
    expect(await renderSnippets(root, checker)).to.equal(3);
  });

  it('a rank claim\'s snippet, rendered as <cluster-compare>, gives the checker\'s verdict', async () => {
    const { checker, root } = mount();
    paste(root, checker, 'Meta trains Llama 4 on over 100,000 H100 GPUs, a cluster bigger than anything reported.');
    const rank = checker.result!.findings.find((f) => f.kind === 'cluster-rank')!;
    expect(rank.verdict?.kind).to.equal('too-high');
    const host = document.createElement('div');
    host.innerHTML = rank.snippet!;
    root.append(host);
    const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown>; estimate: { rank?: string } };
    await el.updateComplete;
    // Figures 2026-12: xAI's Colossus runs 200,000 GPUs, twice the story's 100,000: the claim fails.
    expect(el.estimate.rank).to.equal('fails');
    const verdict = el.shadowRoot!.querySelector('[part="verdict"]')!;
    expect(verdict.getAttribute('data-kind')).to.equal('too-high');
    expect(visible(verdict)).to.include(rank.reason);
  });

  it('checks a German story when Deutsch is chosen: marks, German reasons, snippets with locale="de" whose elements agree', async () => {
    const { checker, root } = mount();
    const language = root.querySelector<HTMLSelectElement>('#chk-locale')!;
    expect([...language.options].map((o) => o.textContent)).to.deep.equal(['English', 'Deutsch', 'Français', 'Español']);
    expect(root.querySelector('label[for="chk-locale"]')).to.exist;
    language.value = 'de';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    const story = `Meta trainiert Llama 4 auf mehr als 100.000 Nvidia-H100-GPUs. Allein die Chips kosten über 2 Mrd. Dollar.

Ein solcher Cluster würde mindestens 370\u00a0GWh[3] pro Jahr verbrauchen, so viel wie über 34 Millionen Haushalte.`;
    paste(root, checker, story);
    const marks = [...root.querySelectorAll('.chk-marked mark')];
    expect(marks.map((m) => m.firstChild?.textContent)).to.deep.equal([
      'mehr als 100.000 Nvidia-H100-GPUs', 'über 2 Mrd. Dollar', 'mindestens 370\u00a0GWh[3] pro Jahr', 'über 34 Millionen Haushalte',
    ]);
    expect(marks.map((m) => m.getAttribute('data-verdict'))).to.deep.equal(['none', 'consistent', 'consistent', 'too-high']);
    expect(marks[3].querySelector('a')!.getAttribute('aria-label')).to.equal('figure 4: too high, about 992×');
    expect(root.querySelector('.chk-marked')!.getAttribute('lang')).to.equal('de');
    const items = [...root.querySelectorAll('.chk-findings > li')];
    expect(visible(items[3].querySelector('.chk-reason'))).to.match(/^Die Angabe „über 34 Millionen Haushalte“ ist etwa 1\.000-mal zu hoch: /);
    expect(visible(items[3].querySelector('pre'))).to.equal('<power-equivalence energy="370 GWh" locale="de" claim="über 34 Millionen Haushalte"></power-equivalence>');
    // The cards speak German too.
    expect(await renderSnippets(root, checker, /Die Angabe/)).to.equal(3);
    // Back to English: the same text read as English finds no German figure to fault.
    language.value = 'en';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    expect(root.querySelectorAll('.chk-marked mark[data-verdict="too-high"]').length).to.equal(0);
  });

  it('says so when a correct story has nothing wrong', () => {
    const { checker, root } = mount();
    paste(root, checker, 'xAI\'s Colossus runs 100,000 H100 GPUs. The site draws about 150 MW, which over a year is roughly 1.3 TWh, as much as about 120,000 American homes use.');
    expect([...root.querySelectorAll('.chk-marked mark')].map((m) => m.getAttribute('data-verdict'))).to.deep.equal(['none', 'consistent', 'consistent', 'consistent']);
    expect(visible(root.querySelector('.chk-status'))).to.match(/^4 figures found, 3 checked: 0 do not fit, 0 by 10× or more\./);
  });

  it('reads a dropped HTML or Markdown file as text, never as markup', async () => {
    const { checker, root } = mount();
    const html = new File(['<p>Meta runs over 100,000 H100 GPUs.</p><p>It uses at least 370 GWh a year, like over 34 million homes.<img src=x onerror="window.__pwned = 1"></p>'], 'story.html', { type: 'text/html' });
    await checker.open(html);
    expect(checker.textarea.value).not.to.include('<p>');
    expect(root.querySelector('.chk-marked img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect([...root.querySelectorAll('.chk-marked mark')].map((m) => m.getAttribute('data-verdict'))).to.deep.equal(['none', 'consistent', 'too-high']);
    await checker.open(new File(['- **Over 100,000** H100 GPUs[^1]\n- at least 370 GWh a year, over 34 million homes'], 'story.md'));
    expect(root.querySelectorAll('.chk-marked mark[data-verdict="too-high"]').length).to.equal(1);
  });

  it('is keyboard-operable: a mark\'s link moves focus to its finding, and back', async () => {
    const { checker, root } = mount();
    paste(root, checker, SEED);
    const link = root.querySelector<HTMLAnchorElement>('#chk-mark-4 a')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('chk-finding-4');
    const back = root.querySelector<HTMLAnchorElement>('#chk-finding-4 a[href="#chk-mark-4"]')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('chk-mark-4');
  });

  it('never throws on empty, huge or binary text', () => {
    const { checker, root } = mount();
    for (const text of ['', '\u0000\u0001\uFFFD', 'x'.repeat(200_000), `${SEED}\n\n`.repeat(50)]) {
      paste(root, checker, text);
      expect(visible(root.querySelector('.chk-status'))).not.to.match(/NaN|Infinity|undefined|null/);
    }
    paste(root, checker, '');
    expect(visible(root.querySelector('.chk-status'))).to.equal('Paste a story to check it.');
  });

  it('passes the a11y audit (labels, contrast, landmarks) with findings shown, with the page\'s stylesheet, light and dark', async () => {
    const css = await (await fetch('/demo/demo.css')).text();
    const { checker, root } = mount();
    paste(root, checker, `${SEED}\n\nIt cost $2bn, and 1 GW.`);
    expect(root.querySelectorAll('mark[data-verdict="too-high"], mark[data-verdict="too-low"]').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('mark[data-verdict="none"]').length).to.be.greaterThan(0);
    for (const scheme of ['light', 'dark'] as const) {
      const sheet = pageSheet(css, scheme);
      document.adoptedStyleSheets = [sheet];
      document.body.style.cssText = scheme === 'dark' ? 'background:#0b1120;color:#f3f4f6' : '';
      document.documentElement.style.colorScheme = scheme;
      try {
        await expect(root).to.be.accessible();
      } finally {
        document.adoptedStyleSheets = [];
        document.body.style.cssText = '';
        document.documentElement.style.colorScheme = '';
      }
    }
  });
});
