// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Fixtures for component tests: mount an element with attributes set before its first render,
// as an author's HTML would, and collect console warnings.

import { fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Attribute values; `true` sets a boolean attribute, `false`/`undefined` leaves it out. */
export type AttrMap = Readonly<Record<string, string | boolean | undefined>>;

/** Sets every attribute in `attrs` on `el` (removing those that are false or undefined). */
export function setAttrs(el: Element, attrs: AttrMap): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === undefined) el.removeAttribute(name);
    else el.setAttribute(name, value === true ? '' : value);
  }
}

/**
 * Creates `<tag>` with its attributes already set, mounts it with open-wc's `fixture` (removed
 * after the test) and waits for its first render.
 */
export async function mount<T extends LitElement>(tag: string, attrs: AttrMap = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  setAttrs(el, attrs);
  return mountTemplate<T>(html`${el}`);
}

/**
 * Mounts `template` (cleaned up after the test) without waiting for an animation frame, which a
 * background page may never get, then waits for every Lit element in it to finish rendering.
 */
export async function mountTemplate<T extends Element>(template: unknown): Promise<T> {
  const root = fixtureSync<T>(template as Parameters<typeof fixtureSync>[0]);
  const all = [root, ...root.querySelectorAll('*')] as Array<Element & { updateComplete?: Promise<unknown> }>;
  await Promise.all(all.map((e) => e.updateComplete));
  return root;
}

/**
 * Records `console.warn` calls (still passing them through) from `start()` until `stop()`.
 * Use from `before`/`after` hooks; `messages` holds each call's arguments joined by spaces.
 */
export class WarningLog {
  readonly messages: string[] = [];
  private original?: typeof console.warn;

  start(): void {
    if (this.original) return;
    const original = console.warn;
    this.original = original;
    console.warn = (...args: unknown[]) => {
      this.messages.push(args.map(String).join(' '));
      original.apply(console, args);
    };
  }

  stop(): void {
    if (this.original) console.warn = this.original;
    this.original = undefined;
  }

  /** How many recorded warnings contain `text`. */
  count(text: string): number {
    return this.messages.filter((m) => m.includes(text)).length;
  }
}

/** Collects uncaught errors and unhandled rejections on `window` while `body` runs. */
export async function collectPageErrors(body: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Mounts `<tag>` with `attrs` inside a wrapper `<div>` with the given inline style (a dark page,
 * a narrow column, a custom property) and returns the element, not the wrapper.
 */
export async function mountIn<T extends LitElement>(tag: string, style: string, attrs: AttrMap = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  setAttrs(el, attrs);
  await mountTemplate<HTMLDivElement>(html`<div style=${style}>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** Events of one type recorded on an element and on `document` (to prove they cross the shadow root). */
export interface EventLog<E extends Event = Event> {
  readonly onEl: E[];
  readonly onDocument: E[];
  stop(): void;
}

/** Starts recording `type` events (default `estimate-change`) on `el` and on `document`; call `stop()` after. */
export function recordEvents<E extends Event = Event>(el: Element, type = 'estimate-change'): EventLog<E> {
  const onEl: E[] = [];
  const onDocument: E[] = [];
  const a = (e: Event) => onEl.push(e as E);
  const b = (e: Event) => onDocument.push(e as E);
  el.addEventListener(type, a);
  document.addEventListener(type, b);
  return {
    onEl, onDocument,
    stop() {
      el.removeEventListener(type, a);
      document.removeEventListener(type, b);
    },
  };
}

/** What a reader does with a slider: the value changes and an `input` event fires. */
export function slide(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * `mount` with `as-of="2026-11"` unless the test sets its own: for the tests that check the
 * numbers published with figures 2026-11, which a pinned article keeps for good.
 */
export const mountNov = <T extends LitElement>(tag: string, attrs: AttrMap = {}): Promise<T> =>
  mount<T>(tag, { 'as-of': '2026-11', ...attrs });
