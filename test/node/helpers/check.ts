// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// What the story checker's Node tests share: finding a finding, proving output clean, and asking
// the element of a snippet for its own verdict.
import assert from 'node:assert/strict';
import type { Finding } from '../../../src/check/index.js';
import { calculateCarbon, calculateCost, calculatePower, calculateTraining, type Attributes } from '../../../src/core/index.js';

export const byText = (findings: readonly Finding[], text: string): Finding => {
  const f = findings.find((x) => x.text.includes(text));
  assert.ok(f, `a finding for "${text}" among ${JSON.stringify(findings.map((x) => x.text))}`);
  return f;
};

/** Every string and number of a result, to prove no NaN, Infinity, undefined or null reaches output. */
export function assertClean(value: unknown): void {
  const json = JSON.stringify(value);
  assert.doesNotMatch(json, /NaN|Infinity|undefined|null|\[object Object\]/, json.slice(0, 400));
  JSON.parse(json, (_k, v) => {
    if (typeof v === 'number') assert.ok(Number.isFinite(v));
    return v;
  });
}

/** The attributes of a snippet's outer tag, as an element would read them. */
export function snippetAttrs(snippet: string): { tag: string; attrs: Record<string, string> } {
  const m = /^<([a-z-]+)((?:\s[a-z-]+="[^"]*")*)>/.exec(snippet);
  assert.ok(m, snippet);
  const attrs: Record<string, string> = {};
  for (const [, k, v] of m[2].matchAll(/\s([a-z-]+)="([^"]*)"/g)) attrs[k] = v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return { tag: m[1], attrs };
}

/** The verdict the element of `snippet` gives, through its own core function. */
export function elementVerdict(snippet: string): { kind: string; factor: number } | undefined {
  const { tag, attrs } = snippetAttrs(snippet);
  const a: Attributes = attrs;
  switch (tag) {
    case 'power-equivalence': return calculatePower(a).estimate.claimCheck?.verdict;
    case 'gpu-cluster-cost': return calculateCost(a).estimate.verdict;
    case 'carbon-footprint': return calculateCarbon(a).estimate.verdict;
    case 'training-time': return calculateTraining(a).estimate.verdict;
    default: return undefined;
  }
}
