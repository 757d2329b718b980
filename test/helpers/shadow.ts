// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Helpers for component tests: read what a reader sees in a widget's shadow DOM.

import { expect } from '@open-wc/testing';

/** Text that must never reach a reader (DESIGN §3.3). */
export const BAD_TEXT = ['NaN', 'Infinity', 'undefined', 'null', '[object Object]'] as const;

/**
 * Normalises formatted text for matching: narrow, thin and ordinary no-break spaces become
 * spaces and whitespace runs collapse. Dashes are kept, so ranges still read "0.6–2".
 */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u202f\u00a0\u2009]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The element's shadow root; fails the test if there is none. */
export function shadow(el: Element): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) expect.fail(`<${el.localName}> has no open shadow root`);
  return root;
}

/** The first element matching `selector` in the shadow root; fails the test if absent. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) expect.fail(`<${el.localName}> renders no ${selector}`);
  return found;
}

/** All elements matching `selector` in the shadow root. */
export function parts<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** Normalised text content of the first match of `selector` in the shadow root. */
export function textOf(el: Element, selector: string): string {
  return norm(part(el, selector).textContent);
}

/** Text content of the whole shadow root, normalised (hidden text included). */
export function shadowText(el: Element): string {
  return norm(shadow(el).textContent);
}

/**
 * Text a sighted reader sees: the shadow tree's rendered text (`innerText` honours
 * `display: none` and closed `<details>`), normalised.
 */
export function visibleText(el: Element): string {
  const base = shadow(el).querySelector<HTMLElement>('[part=base]');
  return norm(base ? base.innerText : shadow(el).textContent);
}

/** Every attribute value in the shadow tree, as `tag[name]=value` strings. */
export function shadowAttributes(el: Element): string[] {
  const out: string[] = [];
  for (const node of shadow(el).querySelectorAll('*')) {
    for (const a of node.attributes) out.push(`${node.localName}[${a.name}]=${a.value}`);
  }
  return out;
}

/**
 * Asserts that neither the shadow DOM's text nor any attribute value in it (aria-label, title,
 * SVG geometry, …) contains NaN, Infinity, undefined, null or [object Object].
 */
export function expectNoBadText(el: Element): void {
  const text = shadow(el).textContent ?? '';
  for (const bad of BAD_TEXT) {
    expect(text.includes(bad), `shadow text contains "${bad}": ${norm(text)}`).to.be.false;
  }
  for (const attr of shadowAttributes(el)) {
    for (const bad of BAD_TEXT) {
      expect(attr.includes(bad), `attribute contains "${bad}": ${attr}`).to.be.false;
    }
  }
}

/**
 * Resolves after `n` animation frames (to let any stray async work, e.g. events, happen). A page
 * the runner keeps in the background may get no frames at all, so each frame is capped at 50 ms.
 */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 50);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/**
 * `el`, set to be laid out and painted wherever it is (`--cc-content-visibility: visible`, which
 * inherits into every card inside). A card otherwise skips layout and paint until a frame finds it
 * near the viewport, and a page the runner keeps in the background gets no frames: axe's contrast
 * check, which finds colours by hit-testing, would read the page behind the card's lower part.
 */
export function painted<T extends Element>(el: T): T {
  (el as unknown as ElementCSSInlineStyle).style.setProperty('--cc-content-visibility', 'visible');
  return el;
}

/** Width of a chart bar's rect, by its `data-key`, or undefined when there is no such bar. */
export function barWidth(el: Element, key: string): number | undefined {
  const rect = shadow(el).querySelector(`g.bar[data-key="${key}"] rect`);
  return rect ? Number(rect.getAttribute('width')) : undefined;
}

/** The `data-key`s of the chart bars, top to bottom. */
export function barKeys(el: Element): string[] {
  return parts(el, 'g.bar').map((g) => g.getAttribute('data-key') ?? '');
}

/**
 * Elements in the shadow tree whose box sticks out past the host's right edge (by more than
 * `tolerance` px). Visually hidden subtrees and unrendered (zero-size) boxes are ignored.
 */
export function overflowingElements(el: Element, tolerance = 1): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of shadow(el).querySelectorAll('*')) {
    if (node.closest('.visually-hidden')) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > host.right + tolerance || r.left < host.left - tolerance) {
      out.push(`${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`
        + ` ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(host.left)}–${Math.round(host.right)}`);
    }
  }
  return out;
}

/**
 * Whether the shadow root has a match for `selector`. Assert on this boolean rather than on the
 * element itself: a failing assertion that carries a live element as its `actual` value can stall
 * the runner while it serialises the element for the report.
 */
export function has(el: Element, selector: string): boolean {
  return shadow(el).querySelector(selector) !== null;
}

/** A message-catalog key (`power.a.tdp`, `ui.reset`, `expect.onePower`) shown instead of its words. */
const MESSAGE_KEY = /\b(?:power|train|carbon|cost|ui|issue|expect|claim)\.[a-z][\w.-]*/g;

/**
 * Asserts that no message-catalog key reaches a reader: not in the shadow text (hidden text
 * included) nor in any attribute value. The catalog answers an unregistered key with the key itself.
 */
export function expectNoMessageKeys(el: Element): void {
  const found = new Set<string>();
  // Text node by text node: the shadow root's textContent runs adjacent cells together.
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const m of (node.nodeValue ?? '').matchAll(MESSAGE_KEY)) found.add(m[0]);
  }
  for (const attr of shadowAttributes(el)) {
    const value = attr.slice(attr.indexOf('=') + 1);
    for (const m of value.matchAll(MESSAGE_KEY)) found.add(`${m[0]} (in ${attr.slice(0, attr.indexOf('='))})`);
  }
  expect([...found].join(', '), 'message keys shown instead of words').to.equal('');
}

// ------------------------------------------------------------------------- the card's parts --
// Every calculator lays out the same card (CalcElement.renderCard); these read its parts.

/** The headline figure. */
export const headline = (el: Element) => textOf(el, '[part=headline]');

/** The line under the headline. */
export const subline = (el: Element) => textOf(el, '.subline');

/** The one-sentence summary without the copy button's label. */
export const summary = (el: Element) => textOf(el, '[part=summary] [data-copy-text=summary]');

/** The chart's accessible name. */
export const ariaLabel = (el: Element) => part(el, 'svg[role=img]').getAttribute('aria-label');

/** Each inline error message, normalised. */
export const errorItems = (el: Element) => parts(el, '[part=error] li').map((li) => norm(li.textContent));

/** Asserts the card shows no inline error. */
export const noError = (el: Element) => expect(errorItems(el), 'error messages').to.deep.equal([]);

/**
 * Opens the "How is this calculated?" disclosure as a reader does and waits for its body, which
 * is only built once it is open.
 */
export async function openDetails(el: Element & { updateComplete?: Promise<boolean> }): Promise<HTMLDetailsElement> {
  const details = part<HTMLDetailsElement>(el, 'details[part=details]');
  if (!details.open || !details.querySelector('table')) {
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = true;
    await toggled;
  }
  await el.updateComplete;
  return details;
}

/** The "How is this calculated?" disclosure's text, opened. */
export const detailsText = async (el: Element) => { await openDetails(el); return textOf(el, '[part=details]'); };

/** The disclosure's assumption rows as [name, value, set by], opened. */
export const assumptionRows = async (el: Element) => {
  await openDetails(el);
  return parts<HTMLTableRowElement>(el, '[part=details] tbody tr').map((r) => [...r.cells].map((c) => norm(c.textContent)));
};

/** The reader's slider `id` (with `interactive`). */
export const control = (el: Element, id: string) => part<HTMLInputElement>(el, `input#c-${id}`);

/** The element's latest estimate; fails the test when there is none. */
export function estimateOf<E>(el: { readonly estimate?: E }): E {
  const e = el.estimate;
  if (!e) expect.fail('no estimate');
  return e;
}
