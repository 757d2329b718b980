// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// <training-time>: read the way a reader reads it (headline, subline, summary, the chart's
// accessible name and bars, the disclosure), attribute by attribute, with invalid input, the claim
// check, reader controls and their event, the a11y audit and a narrow column.

import { expect, oneEvent } from '@open-wc/testing';
import '../../src/components/training-time/training-time.js';
import { TrainingTime, type TrainingTimeEstimate } from '../../src/components/training-time/training-time.js';
import type { EstimateChangeEvent } from '../../src/events/estimate-change.js';
// Figures 2026-11 unless a test sets as-of: these tests check that set's published numbers (figures-2026-12 has the new ones).
import {
  WarningLog, collectPageErrors, mountNov as mount, recordEvents, slide, type AttrMap,
} from '../helpers/fixture.js';
import {
  ariaLabel, assumptionRows, barKeys, barWidth, control, detailsText, errorItems, estimateOf as est,
  expectNoBadText, expectNoMessageKeys, frames, has, headline, noError, norm, painted, part, parts,
  shadow, subline, summary, textOf,
} from '../helpers/shadow.js';

const TAG = 'training-time';

/** Llama 3.1 405B's 3.8e25 FLOP on 100,000 H100 (989.4 TFLOP/s dense BF16) at 40% MFU, in days. */
const SEED_DAYS = 3.8e25 / (100_000 * 989.4e12 * 0.4) / 86_400;

const tt = (attrs: AttrMap = {}) => mount<TrainingTime>(TAG, attrs);

const note = (el: TrainingTime) => norm(shadow(el).querySelector('.note')?.textContent);
/** The chart bars' [label, value] pairs, top to bottom. */
const barTexts = (el: TrainingTime) => parts(el, 'g.bar')
  .map((g) => [norm(g.querySelector('text.label')?.textContent), norm(g.querySelector('text.value')?.textContent)]);


const warnings = new WarningLog();

describe('<training-time>', () => {
  before(() => warnings.start());
  after(() => warnings.stop());

  describe('defaults', () => {
    it('is defined as TrainingTime with an open shadow root', async () => {
      expect(customElements.get(TAG)).to.equal(TrainingTime);
      const el = await tt();
      expect(el).to.be.an.instanceOf(TrainingTime);
      expect(el.shadowRoot, 'open shadow root').to.exist;
    });

    it('a bare tag runs Llama 3.1 405B’s compute on 100,000 H100: about 10–13 days', async () => {
      const el = await tt();
      expect(headline(el)).to.equal('10–13 days');
      noError(el);
      expect(est(el).days.mid).to.be.closeTo(SEED_DAYS, SEED_DAYS * 1e-3);
      expect(est(el).flops.mid).to.equal(3.8e25);
      expect(est(el).gpus.mid).to.equal(100_000);
    });

    it('the summary names 3.8 × 10²⁵ FLOP, 100,000 and H100', async () => {
      const el = await tt();
      const s = summary(el);
      expect(s).to.include('3.8 × 10²⁵ FLOP');
      expect(s).to.include('100,000');
      expect(s).to.include('H100');
      expect(s).to.include('10–13 days');
      // The unit is kept to its number by a no-break space.
      expect(part(el, '[data-copy-text=summary]').textContent).to.include('3.8\u00a0×\u00a010²⁵');
    });

    it('the subline gives GPU-hours and electricity', async () => {
      const el = await tt();
      expect(subline(el)).to.equal('25–30 million GPU-hours, 17–71 GWh of electricity.');
    });

    it('the chart is an image named by the summary, with the estimate, Llama 3.1 405B and GPT-4', async () => {
      const el = await tt();
      const svg = part<SVGSVGElement>(el, 'svg[role=img]');
      expect(svg.getAttribute('aria-label')).to.equal(part(el, '[data-copy-text=summary]').textContent);
      expect(barKeys(el)).to.deep.equal(['estimate', 'llama-3.1-405b', 'gpt-4']);
      const labels = barTexts(el).map(([label]) => label);
      expect(labels[0]).to.equal('This estimate');
      expect(labels[1]).to.include('Llama 3.1 405B');
      expect(labels[2]).to.include('GPT-4 (estimate)');
      for (const key of barKeys(el)) expect(barWidth(el, key), `bar ${key}`).to.be.above(0);
      // 11 days against Llama's 78 and GPT-4's 90–100: the estimate draws the shortest bar.
      expect(barWidth(el, 'estimate')).to.be.below(barWidth(el, 'llama-3.1-405b')!);
      expect(barWidth(el, 'llama-3.1-405b')).to.be.below(barWidth(el, 'gpt-4')!);
    });

    it('has a visually hidden data table with the bars’ labels and values', async () => {
      const el = await tt();
      const table = part<HTMLTableElement>(el, '[part=chart] .visually-hidden table');
      const rows = [...table.tBodies[0].rows].map((r) => [norm(r.cells[0].textContent), norm(r.cells[1].textContent)]);
      expect(rows).to.deep.equal(barTexts(el));
      expect(rows[0]).to.deep.equal(['This estimate', '10–13 days']);
      expect(rows[1][1]).to.equal('78.4 days');
    });

    it('exposes the estimate as plain data', async () => {
      const e = est(await tt());
      expect(JSON.parse(JSON.stringify(e))).to.deep.equal(e);
      expect(e.days.low).to.be.below(e.days.mid);
      expect(e.days.high).to.be.above(e.days.mid);
      expect(e.figuresVersion).to.equal('2026-11');
    });

    it('the disclosure lists every assumption as a default, with sources and the version', async () => {
      const el = await tt();
      const rows = await assumptionRows(el);
      expect(rows.map(([name]) => name)).to.include.members(['Training compute', 'Accelerators', 'Model FLOPs utilization (MFU)']);
      expect(rows.filter(([, , origin]) => origin !== 'default'), 'rows not marked default').to.deep.equal([]);
      expect(rows.find(([name]) => name === 'Accelerators')?.[1]).to.equal('100,000 × NVIDIA H100 SXM');
      expect(rows.find(([name]) => name === 'Dense peak per accelerator')?.[1]).to.include('(BF16)');
      expect((await detailsText(el))).to.include('Figures as of November 2026');
      expect(parts(el, '[part=details] ol li a').length).to.be.above(0);
    });

    it('shows no bad text', async () => {
      expectNoBadText(await tt());
    });

    it('shows words, not message keys, when it is the only element on the page', async () => {
      // This file loads <training-time> alone, as a page importing only training-time.js does.
      // Its disclosure names the power assumptions (rated power, overhead, draw, PUE).
      const el = await tt({ interactive: true, claim: 'about 90 days' });
      expectNoMessageKeys(el);
      const names = (await assumptionRows(el)).map(([name]) => name);
      expect(names).to.include.members(['Rated power per accelerator', 'Data-centre overhead (PUE)']);
    });
  });

  describe('attributes', () => {
    it('flops: "1e24" is about a quarter of a day', async () => {
      const el = await tt({ flops: '1e24' });
      noError(el);
      expect(headline(el)).to.equal('0.27–0.33 days');
      expect(summary(el)).to.include('1 × 10²⁴ FLOP');
      expect(est(el).days.mid).to.be.closeTo((SEED_DAYS * 1e24) / 3.8e25, SEED_DAYS * 1e-5);
      expect((await assumptionRows(el)).find(([name]) => name === 'Training compute')?.[2]).to.equal('the author');
    });

    it('flops: "3.8e25 FLOP" (with its unit) is the default run', async () => {
      const el = await tt({ flops: '3.8e25 FLOP' });
      noError(el);
      expect(headline(el)).to.equal('10–13 days');
    });

    it('params + tokens: 6 × 405B × 15.6T FLOP, with a note on ~38.5 tokens per parameter', async () => {
      const el = await tt({ params: '405B', tokens: '15.6T' });
      noError(el);
      expect(est(el).flops.mid).to.be.closeTo(6 * 405e9 * 15.6e12, 1e20);
      expect(est(el).tokensPerParam).to.be.closeTo(38.52, 0.01);
      expect(summary(el)).to.include('3.8 × 10²⁵ FLOP');
      // The reader is told how the run compares with the compute-optimal ~20 tokens per parameter.
      expect(note(el), 'Chinchilla note').to.include('38.5 tokens per parameter');
      expect(note(el)).to.include('Chinchilla');
    });

    it('params + tokens far past Chinchilla (8B on 15T) explains the choice', async () => {
      const el = await tt({ params: '8B', tokens: '15T' });
      noError(el);
      expect(note(el)).to.include('1,880 tokens per parameter');
      expect(note(el)).to.include('~20 (Chinchilla)');
      expect(note(el)).to.include('That is a choice, not an error');
    });

    it('params + tokens short of Chinchilla (405B on 2T) says so', async () => {
      const el = await tt({ params: '405B', tokens: '2T' });
      noError(el);
      expect(note(el)).to.include('4.94 tokens per parameter: fewer than the compute-optimal ~20');
    });

    it('gpus: "16384" with mfu "0.4" takes about 68 days, near Llama 3.1’s 78', async () => {
      const el = await tt({ gpus: '16384', mfu: '0.4' });
      noError(el);
      expect(headline(el)).to.equal('67.8 days');
      expect(Math.round(est(el).days.mid)).to.equal(68);
      expect(summary(el)).to.include('16,384');
      expect(summary(el)).to.include('40%');
    });

    it('gpus: "50k" doubles the days', async () => {
      const el = await tt({ gpus: '50k' });
      expect(headline(el)).to.equal('21–25 days');
      expect(summary(el)).to.include('50,000');
      expect(est(el).days.mid).to.be.closeTo(SEED_DAYS * 2, SEED_DAYS * 1e-3);
      expect(barWidth(el, 'estimate'), 'a longer run draws a longer bar').to.be.above(barWidth(await tt(), 'estimate')!);
    });

    it('gpu: "b200" names the B200 and is about twice as fast', async () => {
      const el = await tt({ gpu: 'b200' });
      noError(el);
      expect(summary(el)).to.include('B200');
      expect(summary(el)).not.to.include('H100 ');
      expect(headline(el)).to.equal('4.5–5.6 days');
      expect((await assumptionRows(el)).find(([name]) => name === 'Accelerators')?.[1]).to.include('B200');
    });

    it('precision: "fp8" halves the days', async () => {
      const bf16 = est(await tt());
      const el = await tt({ precision: 'fp8' });
      noError(el);
      // H100 dense FP8 is 1,979 TFLOP/s against 989.4 BF16: a factor of 2.0002.
      expect(est(el).days.mid).to.be.closeTo(bf16.days.mid / 2, bf16.days.mid * 1e-3);
      expect(headline(el)).to.equal('5.2–6.4 days');
      expect((await assumptionRows(el)).find(([name]) => name === 'Dense peak per accelerator')?.[1]).to.include('(FP8)');
    });

    it('mfu: "0.2" is a single figure of 22.2 days', async () => {
      const el = await tt({ mfu: '0.2' });
      noError(el);
      expect(headline(el)).to.equal('22.2 days');
      expect(summary(el)).to.include('at 20% utilization');
    });

    it('mfu: "38–43%" takes a range', async () => {
      const el = await tt({ mfu: '38–43%' });
      noError(el);
      expect(est(el).mfu.low).to.be.closeTo(0.38, 1e-9);
      expect(est(el).mfu.high).to.be.closeTo(0.43, 1e-9);
      expect(headline(el)).to.match(/^\d+(\.\d)?–\d+(\.\d)? days$/);
    });

    it('utilization: "0.5" lowers the electricity in the subline, not the days', async () => {
      const el = await tt({ utilization: '0.5' });
      noError(el);
      expect(headline(el)).to.equal('10–13 days');
      expect(subline(el)).to.include('17–36 GWh of electricity');
    });

    it('overhead: "1" lowers the electricity in the subline', async () => {
      const el = await tt({ overhead: '1' });
      noError(el);
      expect(headline(el)).to.equal('10–13 days');
      expect(subline(el)).to.include('9.4–33 GWh of electricity');
    });

    it('pue: "1.5" changes the electricity in the subline', async () => {
      const el = await tt({ pue: '1.5' });
      noError(el);
      expect(headline(el)).to.equal('10–13 days');
      expect(subline(el)).to.include('23–68 GWh of electricity');
    });

    it('claim: "about 90 days" adds a verdict and a claim bar', async () => {
      const el = await tt({ claim: 'about 90 days' });
      noError(el);
      const verdict = part(el, '[part=verdict]');
      expect(verdict.dataset.kind).to.equal('too-high');
      expect(norm(verdict.textContent)).to.include('“about 90 days”');
      expect(norm(verdict.textContent)).to.include('10–13 days');
      expect(barKeys(el).slice(0, 2)).to.deep.equal(['estimate', 'claim']);
    });

    it('heading: replaces the default heading', async () => {
      const plain = await tt();
      expect(textOf(plain, 'h2')).to.equal('How long does that training run take?');
      const el = await tt({ heading: 'Training Llama' });
      expect(textOf(el, 'h2')).to.equal('Training Llama');
    });

    it('locale: "de" formats numbers the German way', async () => {
      const el = await tt({ locale: 'de' });
      noError(el);
      expect(summary(el)).to.include('3,8 × 10²⁵ FLOP');
      expect(summary(el)).to.include('100.000');
      expect(ariaLabel(el)).to.include('100.000');
      const gpus = await tt({ gpus: '16384', mfu: '0.4', locale: 'de' });
      expect(headline(gpus)).to.include('67,8');
    });

    it('theme: "dark" reflects and changes the colours', async () => {
      const light = await tt({ theme: 'light' });
      const dark = await tt({ theme: 'dark' });
      expect(dark.getAttribute('theme')).to.equal('dark');
      const color = (el: TrainingTime) => getComputedStyle(part(el, '[part=base]')).color;
      expect(color(dark)).not.to.equal(color(light));
    });

    it('as-of: "2026-11" pins the figures and says "November 2026"', async () => {
      const el = await tt({ 'as-of': '2026-11' });
      noError(el);
      expect((await detailsText(el))).to.include('Figures as of November 2026');
      expect(est(el).figuresVersion).to.equal('2026-11');
    });

    it('as-of: "1999-01" is refused and the latest figures are used', async () => {
      const el = await tt({ 'as-of': '1999-01' });
      expect(errorItems(el)[0]).to.include('as-of: “1999-01”');
      expect(headline(el)).to.equal('10–13 days');
    });

    it('interactive: labelled sliders for GPUs and MFU', async () => {
      const plain = await tt();
      expect(has(plain, '[part=controls]'), '[part=controls]').to.be.false;
      const el = await tt({ interactive: true });
      const inputs = parts<HTMLInputElement>(el, 'fieldset[part=controls] input');
      expect(inputs.map((i) => i.id)).to.deep.equal(['c-gpus', 'c-mfu']);
      expect(inputs.map((i) => i.type)).to.deep.equal(['range', 'range']);
      expect(inputs.map((i) => norm(i.labels?.[0]?.textContent))).to.deep.equal(['Accelerators', 'Model FLOPs utilization (MFU)']);
      expect(inputs[0].value).to.equal('100000');
      expect(Number(inputs[1].value)).to.be.closeTo(0.4, 1e-9);
      expect(textOf(el, 'output[for=c-mfu]')).to.equal('40%');
    });

    describe('properties', () => {

      it('setting properties updates the view', async () => {
        const el = await tt();
        el.gpus = '16384';
        el.mfu = '0.4';
        await el.updateComplete;
        expect(headline(el)).to.equal('67.8 days');
        el.gpus = undefined;
        el.mfu = undefined;
        await el.updateComplete;
        expect(headline(el)).to.equal('10–13 days');
      });
    });
  });

  describe('invalid input', () => {
    // [description, attributes, attribute the message names, text the message must contain]
    const cases: Array<[string, AttrMap, string, string]> = [
      ['params without tokens', { params: '405B' }, 'tokens', 'tokens is needed'],
      ['flops "lots"', { flops: 'lots' }, 'flops', '“lots”'],
      ['gpus "-5"', { gpus: '-5' }, 'gpus', '“-5”'],
      ['gpu "tpu-v9"', { gpu: 'tpu-v9' }, 'gpu', '“tpu-v9”'],
      ['precision "fp4"', { precision: 'fp4' }, 'precision', '“fp4”'],
      ['precision "fp8" with gpu "a100"', { precision: 'fp8', gpu: 'a100' }, 'precision', 'A100'],
      ['mfu "150%"', { mfu: '150%' }, 'mfu', '“150%”'],
      ['claim "$2 billion" (not about time, energy or compute)', { claim: '$2 billion' }, 'claim', '“$2 billion”'],
    ];

    for (const [description, attrs, field, text] of cases) {
      it(description, async () => {
        let el!: TrainingTime;
        const errors = await collectPageErrors(async () => {
          el = await tt(attrs);
        });
        expect(errors, 'page errors').to.deep.equal([]);
        const alert = part(el, '[part=error]');
        expect(alert.getAttribute('role')).to.equal('alert');
        const items = errorItems(el);
        expect(items, 'one message').to.have.length(1);
        expect(items[0].startsWith(field), `message names ${field}: ${items[0]}`).to.be.true;
        expect(items[0]).to.include(text);
        // The rest still renders.
        expect(headline(el)).to.match(/^\d[\d.,–]* days?$/);
        expect(summary(el)).to.match(/\d/);
        expect(ariaLabel(el)).to.equal(part(el, '[data-copy-text=summary]').textContent);
        expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
        expectNoBadText(el);
      });
    }

    it('flops together with params and tokens is a conflict', async () => {
      const el = await tt({ flops: '1e24', params: '405B', tokens: '15.6T' });
      expect(errorItems(el)[0]).to.include('params:');
      expect(headline(el)).to.equal('0.27–0.33 days');
      expectNoBadText(el);
    });

    it('warns on the console once per problem', async () => {
      const seen = warnings.count('“lots of FLOP”');
      await tt({ flops: 'lots of FLOP' });
      await tt({ flops: 'lots of FLOP' });
      expect(warnings.count('“lots of FLOP”') - seen).to.equal(1);
    });

    it('never renders bad text for odd but valid inputs', async () => {
      const odd: AttrMap[] = [
        { flops: '1' }, { flops: '1e35' }, { gpus: '1', mfu: '0.01' }, { gpus: '1e9' }, { params: '1', tokens: '1' },
        { gpus: '8k-16k', mfu: '30–50%' }, { gpu: 'mi300x', precision: 'fp8' },
      ];
      for (const attrs of odd) {
        const el = await tt(attrs);
        noError(el);
        expectNoBadText(el);
      }
    });
  });

  describe('claim', () => {
    it('"about 90 days" is about 8 times too high for 100,000 H100', async () => {
      const el = await tt({ claim: 'about 90 days' });
      expect(est(el).verdict?.kind).to.equal('too-high');
      const text = textOf(el, '[part=verdict]');
      expect(text).to.include('Claim check');
      expect(text).to.match(/about 8(\.\d)? times too high/);
      expect(barWidth(el, 'claim')).to.be.above(barWidth(el, 'estimate')!);
    });

    it('"about 68 days" on 16,384 H100 at 40% MFU is consistent', async () => {
      const el = await tt({ gpus: '16384', mfu: '0.4', claim: 'about 68 days' });
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(textOf(el, '[part=verdict]')).to.include('consistent');
      expect(textOf(el, '[part=verdict]')).to.include('67.8 days');
    });

    it('"3 months" is read as about 91 days', async () => {
      const el = await tt({ gpus: '16384', mfu: '0.4', claim: '3 months' });
      noError(el);
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('too-high');
      expect(textOf(el, '[part=verdict]')).to.include('67.8 days');
    });

    it('a GPU-hours claim is checked against the GPU-hours', async () => {
      const el = await tt({ claim: 'about 30 million GPU-hours' });
      expect(part(el, '[part=verdict]').dataset.kind).to.equal('consistent');
      expect(textOf(el, '[part=verdict]')).to.include('GPU-hours');
      expect(barKeys(el)).not.to.include('claim');
    });

    it('"$2 billion" is refused with an error on claim, and no verdict', async () => {
      const el = await tt({ claim: '$2 billion' });
      expect(errorItems(el)).to.have.length(1);
      expect(errorItems(el)[0]).to.include('claim: “$2 billion”');
      expect(errorItems(el)[0]).to.include('about 90 days');
      expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
      expect(headline(el)).to.equal('10–13 days');
    });

    it('removing the claim removes the verdict and the bar', async () => {
      const el = await tt({ claim: 'about 90 days' });
      el.removeAttribute('claim');
      await el.updateComplete;
      expect(has(el, '[part=verdict]'), '[part=verdict]').to.be.false;
      expect(barKeys(el)).not.to.include('claim');
    });
  });

  describe('events', () => {
    it('moving the GPUs slider fires exactly one estimate-change with the new estimate', async () => {
      const el = await tt({ interactive: true });
      const log = recordEvents<EstimateChangeEvent<TrainingTimeEstimate>>(el);
      try {
        setTimeout(() => slide(control(el, 'gpus'), '50000'));
        const event = await oneEvent(el, 'estimate-change') as EstimateChangeEvent<TrainingTimeEstimate>;
        await frames(2);
        expect(log.onEl, 'events on the element').to.have.length(1);
        expect(log.onDocument, 'events on the document').to.have.length(1);
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.estimate.gpus.mid).to.equal(50_000);
        expect(event.estimate.days.mid).to.be.closeTo(SEED_DAYS * 2, SEED_DAYS * 1e-3);
        expect(headline(el)).to.equal('21–25 days');
        expect(textOf(el, 'output[for=c-gpus]')).to.equal('50,000');
        expect(summary(el)).to.include('50,000');
      } finally {
        log.stop();
      }
    });

    it('moving the MFU slider fires exactly one estimate-change', async () => {
      const el = await tt({ interactive: true });
      const log = recordEvents<EstimateChangeEvent<TrainingTimeEstimate>>(el);
      try {
        setTimeout(() => slide(control(el, 'mfu'), '0.2'));
        await oneEvent(el, 'estimate-change');
        await frames(2);
        expect(log.onEl).to.have.length(1);
        expect(log.onEl[0].estimate.mfu.mid).to.be.closeTo(0.2, 1e-9);
        expect(headline(el)).to.equal('22.2 days');
        expect(textOf(el, 'output[for=c-mfu]')).to.equal('20%');
      } finally {
        log.stop();
      }
    });

  });

  describe('accessibility', () => {
    it('passes the audit with a claim', async () => {
      await expect(painted(await tt({ claim: 'about 90 days' }))).to.be.accessible();
    });

    it('the error is announced as an alert naming the attribute', async () => {
      const el = await tt({ mfu: '150%' });
      const alert = part(el, '[role=alert]');
      expect(alert.getAttribute('part')).to.equal('error');
      expect(norm(alert.textContent)).to.include('mfu');
    });
  });

});
