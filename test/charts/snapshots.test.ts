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
import { estimateCarbon } from '../../src/core/carbon.js';
// Figures 2026-11: their planned rows have the long names this snapshot wraps.
import { compareClusters } from '../helpers/pinned.js';
import { estimateClusterCost } from '../../src/core/cost.js';
import { formatMoney, formatNumber } from '../../src/core/format.js';
import { estimatePower } from '../../src/core/power.js';
import { estimateTraining } from '../../src/core/training.js';
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

  it('the seed cluster\'s cost as a cluster run for four years (linear, with ranges)', async () => {
    const e = estimateClusterCost({ scope: 'cluster', years: 4 });
    const data: BarDatum[] = [
      { key: 'total', label: 'Total', kind: 'main', value: e.total!, valueLabel: formatMoney(e.total!, 'USD', 'en') },
      ...e.parts.map((p) => ({ key: p.id, label: p.id, kind: 'reference' as const, value: p.value, valueLabel: formatMoney(p.value, 'USD', 'en') })),
    ];
    await expectSnapshot('cluster-cost', serialize(data, 'cluster cost', { tickFormat: (v: number) => formatMoney(v, 'USD', 'en') }));
  });

  it('Llama 3.1 405B\'s compute on 16,384 H100 against known runs (days)', async () => {
    const e = estimateTraining({ flops: 3.8e25, gpus: 16_384, mfu: 0.4 });
    const data: BarDatum[] = [
      { key: 'estimate', label: 'This estimate', kind: 'main', value: e.days, valueLabel: `${formatNumber(e.days, 'en')} days` },
      ...e.runs.map((r) => ({ key: r.id, label: r.name, kind: 'reference' as const, value: r.days, valueLabel: `${formatNumber(r.days, 'en')} days` })),
    ];
    await expectSnapshot('training-runs', serialize(data, 'training time', { tickFormat: (v: number) => formatNumber(v, 'en') }));
  });

  it('370 GWh on the US grid against a car, a home and a gallon of gasoline (log scale)', async () => {
    const e = estimateCarbon({ energy: 370e9 });
    const t = (v: number | { low: number; mid: number; high: number }) => `${formatNumber(v, 'en')} t`;
    const data: BarDatum[] = [
      { key: 'estimate', label: 'This estimate', kind: 'main', value: e.tonnes, valueLabel: t(e.tonnes) },
      ...e.equivalences.map((q) => ({ key: q.id, label: q.id, kind: 'reference' as const, value: q.unitTonnes, valueLabel: t(q.unitTonnes) })),
    ];
    await expectSnapshot('carbon-equivalences', serialize(data, 'carbon', { tickFormat: (v: number) => t(v) }));
  });

  it('the seed story\'s clusters by GPUs in a 280-unit chart: planned rows outlined, long labels wrapped', async () => {
    const e = compareClusters();
    const data: BarDatum[] = e.rows.map((r) => ({
      key: r.id, label: r.status === 'operational' ? r.name : `${r.name} (${r.status})`,
      kind: r.status === 'operational' ? (r.id === 'meta-llama4' ? 'main' : 'reference') : 'planned',
      value: r.value ?? point(0), valueLabel: r.value ? formatNumber(r.value, 'en') : 'no sourced figure',
    }));
    await expectSnapshot('cluster-compare', serialize(data, 'clusters', { width: 280, tickFormat: (v: number) => formatNumber(v, 'en') }));
  });
});
