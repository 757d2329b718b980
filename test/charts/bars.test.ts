// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { expect } from '@open-wc/testing';
import { barLayout, LINE, LOG_SPAN, type BarDatum } from '../../src/charts/bars.js';
import { point, range } from '../../src/core/range.js';

const datum = (key: string, value: number | ReturnType<typeof range>, kind: BarDatum['kind'] = 'main'): BarDatum => ({
  key, label: key, valueLabel: String(key), kind, value: typeof value === 'number' ? point(value) : value,
});

describe('barLayout', () => {
  it('barLayout([]) is an empty layout of zero height', () => {
    const l = barLayout([]);
    expect(l.bars).to.have.length(0);
    expect(l.ticks).to.have.length(0);
    expect(l.height).to.equal(0);
  });

  it('barLayout(data) keeps the order of the data, one row of 40 units per bar', () => {
    const l = barLayout([datum('a', 1), datum('b', 3), datum('c', 2)]);
    expect(l.bars.map((b) => b.key)).to.deep.equal(['a', 'b', 'c']);
    expect(l.bars.map((b) => b.y)).to.deep.equal([18, 58, 98]);
    expect(l.height).to.equal(3 * 40 + 22);
  });

  it('barLayout(data) draws bars proportional to their value on a linear scale', () => {
    // Domain [0, 4] after nice(); range [4, 476]: 2 → 236 units from the left edge, i.e. 232 wide.
    const l = barLayout([datum('a', 2), datum('b', 4)], { width: 480 });
    expect(l.scale).to.equal('linear');
    expect(l.bars[0].width).to.be.closeTo(236, 1e-9);
    expect(l.bars[1].width).to.be.closeTo(472, 1e-9);
  });

  it(`barLayout(data) switches to a log scale when values span more than ${LOG_SPAN}×`, () => {
    const l = barLayout([datum('a', 10), datum('b', 10_000)]);
    expect(l.scale).to.equal('log');
    // Domain [1, 10,000]: a decade below the smallest value, so 10 is a quarter of 472 units long.
    expect(l.bars[0].width).to.be.closeTo(118, 1e-9);
    expect(l.bars[1].width).to.be.closeTo(472, 1e-9);
  });

  it('barLayout(data, {scale: "linear"}) keeps a linear scale whatever the span', () => {
    expect(barLayout([datum('a', 1), datum('b', 1e6)], { scale: 'linear' }).scale).to.equal('linear');
  });

  it('barLayout(data) puts log ticks on powers of ten, at most five', () => {
    const l = barLayout([datum('a', 1e3), datum('b', 1e15)], { tickFormat: (v) => v.toExponential(0) });
    expect(l.ticks.length).to.be.at.most(5);
    for (const t of l.ticks) expect(t.label).to.match(/^1e\+\d+$/);
  });

  it('barLayout(data) draws a whisker from low to high around a range', () => {
    const l = barLayout([datum('a', range(2, 6, 4)), datum('b', 8)], { width: 480 });
    const w = l.bars[0].whisker!;
    expect(w.x1).to.be.closeTo(4 + (2 / 8) * 472, 1e-9);
    expect(w.x2).to.be.closeTo(4 + (6 / 8) * 472, 1e-9);
    expect(l.bars[0].width).to.be.closeTo((4 / 8) * 472, 1e-9);
    expect(l.bars[1].whisker).to.equal(undefined);
  });

  it('barLayout(data) treats NaN and Infinity as zero', () => {
    const l = barLayout([datum('a', NaN), datum('b', Infinity), datum('c', 5)]);
    expect(l.bars[0].width).to.equal(0);
    expect(l.bars[1].width).to.equal(0);
    expect(l.bars[2].width).to.be.greaterThan(0);
    for (const b of l.bars) expect(Number.isFinite(b.width)).to.equal(true);
  });

  it('barLayout(data) draws negative values as zero-width bars', () => {
    const l = barLayout([datum('a', -5), datum('b', 5)]);
    expect(l.bars[0].width).to.equal(0);
  });

  it('barLayout(data) with only zeros still has finite geometry', () => {
    const l = barLayout([datum('a', 0), datum('b', 0)]);
    for (const b of l.bars) expect(Number.isFinite(b.width) && Number.isFinite(b.x)).to.equal(true);
    for (const t of l.ticks) expect(Number.isFinite(t.x)).to.equal(true);
  });

  it('barLayout(data) keeps the kind of each bar, "main" by default', () => {
    const l = barLayout([{ key: 'a', label: 'a', valueLabel: 'a', value: point(1) }, datum('b', 2, 'claim'), datum('c', 3, 'reference')]);
    expect(l.bars.map((b) => b.kind)).to.deep.equal(['main', 'claim', 'reference']);
  });

  it('barLayout(data, {width: 280}) wraps a long label and puts the value on its own line', () => {
    const long: BarDatum = { key: 'x', label: "Meta's end-2024 compute, in H100-equivalents (planned)", valueLabel: 'no sourced figure', value: point(1) };
    const l = barLayout([long, datum('b', 2)], { width: 280 });
    const [a, b] = l.bars;
    // 272 usable units ÷ 7 per character = 38 characters a line.
    for (const line of a.labelLines) expect(line.length).to.be.at.most(38);
    expect(a.labelLines.join(' ')).to.equal(long.label);
    expect(a.labelLines.length).to.equal(2);
    // Three lines: the first baseline at 11, two more LINE apart; the bar 5 below the third line box.
    expect(a.valueY).to.equal(a.textY + 2 * LINE);
    expect(a.y).to.equal(13 + 2 * LINE + 5);
    // The next row starts below the first one's bar.
    expect(b.textY).to.equal(a.y + 14 + 8 + 11);
    expect(l.axisY).to.equal(b.y + 14 + 8);
  });

  it('barLayout(data) keeps a short label and its value on one line', () => {
    const l = barLayout([datum('short', 1)], { width: 280 });
    expect(l.bars[0].labelLines).to.deep.equal(['short']);
    expect(l.bars[0].valueY).to.equal(l.bars[0].textY);
  });

  it('barLayout(data) breaks a word longer than a line', () => {
    const l = barLayout([{ key: 'w', label: 'x'.repeat(100), valueLabel: '1', value: point(1) }], { width: 280 });
    expect(l.bars[0].labelLines.map((x) => x.length)).to.deep.equal([38, 38, 24]);
  });
});
