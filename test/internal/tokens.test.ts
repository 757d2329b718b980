// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Material Web's token check: every private `--_x` variable the styles read is defined, and every
// one defined is read, so a typo in a custom-property name fails here instead of rendering grey.
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles as carbonStyles } from '../../src/components/carbon-footprint/carbon-footprint.styles.js';
import { styles as compareStyles } from '../../src/components/cluster-compare/cluster-compare.styles.js';
import { styles as costStyles } from '../../src/components/gpu-cluster-cost/gpu-cluster-cost.styles.js';
import { styles as inferenceStyles } from '../../src/components/inference-energy/inference-energy.styles.js';
import { styles as powerStyles } from '../../src/components/power-equivalence/power-equivalence.styles.js';
import { styles as trainingStyles } from '../../src/components/training-time/training-time.styles.js';
import { baseStyles } from '../../src/internal/styles.js';

function tokens(sheets: CSSResult[]): { defined: Set<string>; used: Set<string>; publicRead: Set<string> } {
  const css = sheets.map((s) => s.cssText).join('\n');
  return {
    defined: new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1])),
    used: new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1])),
    publicRead: new Set([...css.matchAll(/var\(\s*(--cc-[\w-]+)\s*(,?)/g)].map((m) => `${m[1]}${m[2]}`)),
  };
}

const sets: Array<[string, CSSResult[]]> = [
  ['<power-equivalence>', [baseStyles, powerStyles]],
  ['<gpu-cluster-cost>', [baseStyles, costStyles]],
  ['<training-time>', [baseStyles, trainingStyles]],
  ['<carbon-footprint>', [baseStyles, carbonStyles]],
  ['<cluster-compare>', [baseStyles, compareStyles]],
  ['<inference-energy>', [baseStyles, inferenceStyles]],
];

for (const [name, sheets] of sets) {
  describe(`${name} style tokens`, () => {
    const { defined, used, publicRead } = tokens(sheets);

    it('defines every private token it reads', () => {
      expect([...used].filter((t) => !defined.has(t))).to.deep.equal([]);
    });

    it('reads every private token it defines', () => {
      expect([...defined].filter((t) => !used.has(t))).to.deep.equal([]);
    });

    it('reads every public --cc-* property with a fallback', () => {
      expect(publicRead.size).to.be.greaterThan(5);
      expect([...publicRead].filter((t) => !t.endsWith(','))).to.deep.equal([]);
    });
  });
}
