// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Opens a static page from test/security/pages/ in an iframe (its own document, its own custom-
// element registry, the response headers the test server sets for it) and waits for widgets.

import { painted } from '../helpers/shadow.js';

/** What test/security/pages/record.js stores on the frame's window from the start. */
export interface PageRecord {
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
  /** fetch, XMLHttpRequest, sendBeacon, WebSocket and EventSource calls made in the page. */
  readonly network: string[];
}

export interface Page {
  readonly frame: HTMLIFrameElement;
  readonly win: Window & typeof globalThis & { __ccRecord?: PageRecord };
  readonly doc: Document;
  readonly record: PageRecord;
  remove(): void;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` every 25 ms until it is true or `timeoutMs` passed; returns its last answer. */
export async function until(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (check()) return true;
    if (Date.now() > end) return false;
    await sleep(25);
  }
}

/** Whether `<tag>` in `doc` has rendered its headline in its shadow root. */
export function rendered(doc: Document, tag: string): boolean {
  const el = doc.querySelector(tag);
  return !!el?.shadowRoot?.querySelector('[part=headline]');
}

/**
 * Loads `url` into a fresh iframe and waits until every tag in `tags` has rendered its headline
 * (at most `timeoutMs`; the caller asserts on what rendered).
 */
export async function openPage(url: string, tags: readonly string[], timeoutMs = 8000, width = 700): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  const loaded = new Promise<void>((r) => frame.addEventListener('load', () => r(), { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  const doc = frame.contentDocument!;
  // The runner may keep this page in the background, where no frame ever finds a card near the
  // viewport (content-visibility): lay every card out, as a reader's visible page does.
  painted(doc.documentElement);
  await until(() => tags.every((t) => rendered(doc, t)), timeoutMs);
  const record = win.__ccRecord ?? { violations: ['record.js did not run'], errors: ['record.js did not run'], warnings: [], network: [] };
  return { frame, win, doc, record, remove: () => frame.remove() };
}

/** Normalised text of a widget's shadow root. */
export function shadowText(doc: Document, tag: string): string {
  return (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
