// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors
import { fixture, html } from '@open-wc/testing';
import '../../src/components/power-equivalence/power-equivalence.js';
import { norm, barKeys, barWidth } from '../helpers/shadow.js';
import type { PowerEquivalence } from '../../src/components/power-equivalence/power-equivalence.js';

const cases: Record<string, string>[] = [
  {}, { energy: '370 GWh' }, { power: '42 MW' }, { gpus: '50k' }, { gpu: 'b200' }, { utilization: '0.5' }, { overhead: '1' }, { pue: '1' },
  { hours: '1000' }, { region: 'uk' }, { compare: 'reactors' }, { energy: '370 GWh', locale: 'de' }, { 'as-of': '2026-11' },
  { energy: '370 GWh', claim: 'over 34 million households' }, { claim: 'at least 370 GWh' },
  { gpus: '-5' }, { gpus: '0' }, { gpus: 'lots' }, { gpu: 'tpu-v9' }, { utilization: '150%' }, { pue: '0.5' }, { energy: 'abc' }, { region: 'mars' },
  { compare: 'homes', region: 'cn' }, { claim: '$2 billion' }, { theme: 'blue' }, { 'as-of': '1999-01' }, { energy: '370 GWh', power: '42 MW' },
  { locale: 'xx-invalid-!!' }, { hours: '0' }, { gpus: '1e400' }, { energy: '1e400 Wh' }, {claim: 'over 34 million'}, {claim: 'at least 0 GWh'},
  {energy: '0.000001 Wh'}, {claim: 'over 34 million households', region: 'cn'}, {compare: 'share', region: 'uk'}, {compare: 'foo'},
];
describe('scratch', () => {
  for (const c of cases) {
    it(JSON.stringify(c), async () => {
      const el = document.createElement('power-equivalence') as PowerEquivalence;
      for (const [k, v] of Object.entries(c)) el.setAttribute(k, v);
      document.body.append(el);
      await el.updateComplete;
      const q = (s: string) => norm(el.shadowRoot!.querySelector(s)?.textContent);
      console.log(JSON.stringify(c), '\n   H:', q('[part=headline]'), '\n   E:', q('[part=error]'), '\n   S:', q('[part=summary]'), '\n   L:', [...el.shadowRoot!.querySelectorAll('.equivalences li')].map((li) => (li as HTMLElement).dataset.eq + '=' + norm(li.textContent)).join(' | '), '\n   V:', q('[part=verdict]'), '\n   T:', [...el.shadowRoot!.querySelectorAll('[part=details] tbody tr')].map((tr) => norm(tr.textContent)).join(' | '), '\n   bars', barKeys(el).map((k) => `${k}:${barWidth(el, k)}`).join(' '),
        '\n   aria', el.shadowRoot!.querySelector('svg')?.getAttribute('aria-label'));
      el.remove();
    });
  }
  it('fixture', async () => { await fixture(html`<power-equivalence></power-equivalence>`); });
});
