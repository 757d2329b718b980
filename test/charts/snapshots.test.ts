// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Deterministic SVG snapshots of the chart (Observable Plot's practice): the serialized <svg>,
// numbers rounded to 3 decimals, compared with files under __snapshots__/. A missing snapshot is
// written on a developer's machine and fails in CI; delete a file to accept a deliberate change.

import { expect } from '@open-wc/testing';
import { readFile, writeFile } from '@web/test-runner-commands';
import { render } from 'lit';
import { barLayout, type BarDatum } from '../../src/charts/bars.js';
import { renderBarChart } from '../../src/charts/render.js';
import { formatUnit } from '../../src/core/format.js';
import { estimatePower } from '../../src/core/power.js';
import { point } from '../../src/core/range.js';

declare global {
  interface Window { __ccCI?: boolean }
}

function serialize(data: BarDatum[], label: string, options = {}): string {
  const host = document.createElement('div');
  render(renderBarChart(barLayout(data, options), label), host);
  const svg = host.querySelector('svg')!;
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 1000) / 1000))
    .replace(/>\s+</g, '><')
    .replace(/\s{2,}/g, ' ')
    .replace(/></g, '>\n<') + '\n';
}

async function expectSnapshot(name: string, actual: string): Promise<void> {
  const path = `__snapshots__/${name}.svg`;
  // The file plugin answers "Unknown command" instead of undefined when the file is missing.
  const expected = await readFile({ path }).catch(() => undefined);
  if (expected === undefined || expected === null) {
    if (window.__ccCI) throw new Error(`missing snapshot ${path}; run the tests locally to write it`);
    await writeFile({ path, content: actual });
    return;
  }
  expect(actual).to.equal(expected);
}

const wh = (v: number) => formatUnit(v, 'Wh', 'en', 1);

describe('chart snapshots', () => {
  it('the seed cluster against homes, cars and a reactor (log scale)', async () => {
    const e = estimatePower();
    const data: BarDatum[] = [
      { key: 'estimate', label: 'This estimate', kind: 'main', value: e.energyWh, valueLabel: formatUnit(e.energyWh, 'Wh', 'en') },
      ...e.equivalences.map((q) => ({ key: q.id, label: q.id, kind: 'reference' as const, value: q.unitWh, valueLabel: formatUnit(q.unitWh, 'Wh', 'en') })),
    ];
    await expectSnapshot('seed-cluster', serialize(data, 'seed cluster', { tickFormat: wh }));
  });

  it('370 GWh against the "34 million households" claim', async () => {
    const e = estimatePower({ energy: 370e9, compare: ['homes'] });
    const claim = 34e6 * e.equivalences[0].unitWh.mid;
    const data: BarDatum[] = [
      { key: 'estimate', label: 'This estimate', kind: 'main', value: e.energyWh, valueLabel: '370 GWh' },
      { key: 'claim', label: 'The claim', kind: 'claim', value: point(claim), valueLabel: formatUnit(claim, 'Wh', 'en') },
      { key: 'homes', label: 'One home', kind: 'reference', value: e.equivalences[0].unitWh, valueLabel: '10.8 MWh' },
    ];
    await expectSnapshot('claim-households', serialize(data, '370 GWh claim', { tickFormat: wh }));
  });

  it('a linear chart of close values with a range', async () => {
    const data: BarDatum[] = [
      { key: 'a', label: 'A', value: { low: 2, mid: 3, high: 5 }, valueLabel: '2–5' },
      { key: 'b', label: 'B', kind: 'reference', value: point(4), valueLabel: '4' },
    ];
    await expectSnapshot('linear-range', serialize(data, 'linear', { tickFormat: String }));
  });
});
