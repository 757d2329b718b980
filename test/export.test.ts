// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// compute-calc/export: the static copies an author puts in a newsletter. Each is read back the way
// its reader would: the SVG parsed as a file on its own, the PNG decoded and its pixels counted,
// the CSV split into rows.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/power-equivalence/power-equivalence.js';
import '../src/components/gpu-cluster-cost/gpu-cluster-cost.js';
import '../src/components/training-time/training-time.js';
import '../src/components/carbon-footprint/carbon-footprint.js';
import '../src/components/cluster-compare/cluster-compare.js';
import '../src/components/inference-energy/inference-energy.js';
import { chartPNG, chartSVG, citationOf, downloadAs, estimateCSV, summaryOf, type ExportableElement } from '../src/export.js';
import { mount } from './helpers/fixture.js';
import { BAD_TEXT } from './helpers/shadow.js';

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'];

const seed = () => mount<ExportableElement & import('lit').LitElement>('power-equivalence', { energy: '370 GWh', claim: 'over 34 million households' });

/** The SVG as a standalone file would be read: parsed on its own, with no page styles. */
function parseSVG(text: string): SVGSVGElement {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'parses as XML').to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}

/** A minimal CSV reader for what estimateCSV writes: quoted cells with doubled quotes, CRLF rows. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

async function decode(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

describe('chartSVG', () => {
  it('is a standalone SVG file with the chart’s labels, values and bars', async () => {
    const el = await seed();
    const svg = parseSVG(chartSVG(el));
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
    const shown = [...el.shadowRoot!.querySelectorAll('svg[part=chart-svg] text')].map((t) => t.textContent);
    const exported = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(exported).to.deep.equal(shown);
    expect(exported.join(' ').replace(/\s+/g, ' ')).to.include('370 GWh');
    expect(svg.querySelectorAll('g.bar rect, g rect').length).to.equal(el.shadowRoot!.querySelectorAll('svg[part=chart-svg] rect').length);
  });

  it('carries the summary as its title and no Lit markers or page-only attributes', async () => {
    const el = await seed();
    const text = chartSVG(el);
    const svg = parseSVG(text);
    expect(svg.querySelector('title')!.textContent).to.equal(summaryOf(el));
    expect(summaryOf(el)).to.include('34,300');
    expect(text).not.to.include('<!--');
    expect(text).not.to.include('part=');
    for (const bad of BAD_TEXT) expect(text).not.to.include(`>${bad}<`);
  });

  it('resolves colours from the theme: no var() or currentColor left, bars keep the accent', async () => {
    const el = await mount<ExportableElement & import('lit').LitElement>('power-equivalence', { style: '--cc-accent: rgb(200, 0, 100)' });
    const text = chartSVG(el);
    expect(text).not.to.include('var(');
    expect(text).not.to.match(/currentcolor/i);
    const svg = parseSVG(text);
    const main = svg.querySelector('g.main rect')!;
    expect(main.getAttribute('style')).to.include('fill:rgb(200, 0, 100)');
  });

  it('a dark card gets its background, a transparent one none', async () => {
    const dark = await mount<ExportableElement & import('lit').LitElement>('power-equivalence', { theme: 'dark' });
    const bg = parseSVG(chartSVG(dark)).querySelector(':scope > rect');
    expect(bg?.getAttribute('fill')).to.equal('rgb(17, 24, 39)');
    const plain = await mount<ExportableElement & import('lit').LitElement>('power-equivalence');
    expect(parseSVG(chartSVG(plain)).querySelector(':scope > rect')).to.equal(null);
  });

  it('every calculator exports its chart', async () => {
    for (const tag of TAGS) {
      const el = await mount<ExportableElement & import('lit').LitElement>(tag);
      const svg = parseSVG(chartSVG(el));
      expect(svg.querySelectorAll('text').length, tag).to.be.greaterThan(2);
      expect(Number(svg.getAttribute('width')), tag).to.be.greaterThan(200);
    }
  });

  it('an element that is not a rendered calculator gets a clear error, not an empty file', () => {
    const el = document.createElement('power-equivalence-draft');
    expect(() => chartSVG(el)).to.throw(/<power-equivalence-draft> has no chart/);
    expect(() => estimateCSV(el as unknown as ExportableElement)).to.throw(/<power-equivalence-draft> has no estimate/);
  });
});

describe('chartPNG', () => {
  // Chromium does not decode images for a background page; two test pages run at once.
  beforeEach(() => executeServerCommand('bring-to-front'));

  it('draws the chart at twice its size on white, with the bars painted', async () => {
    const el = await seed();
    const svg = parseSVG(chartSVG(el));
    const blob = await chartPNG(el);
    expect(blob.type).to.equal('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
    const { width, height, data } = await decode(blob);
    expect(width).to.equal(Number(svg.getAttribute('width')) * 2);
    expect(height).to.equal(Number(svg.getAttribute('height')) * 2);
    let white = 0;
    let accent = 0;
    let seeThrough = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
      if (a !== 255) seeThrough++;
      if (r === 255 && g === 255 && b === 255) white++;
      // The main bar's default accent, #1d4ed8.
      if (Math.abs(r - 0x1d) < 8 && Math.abs(g - 0x4e) < 8 && Math.abs(b - 0xd8) < 8) accent++;
    }
    expect(seeThrough, 'pixels not fully opaque').to.equal(0);
    expect(white / (width * height)).to.be.greaterThan(0.5);
    expect(accent).to.be.greaterThan(200);
  });

  it('scale 1 gives the CSS size', async () => {
    const el = await seed();
    const svg = parseSVG(chartSVG(el));
    const { width } = await decode(await chartPNG(el, { scale: 1 }));
    expect(width).to.equal(Number(svg.getAttribute('width')));
  });
});

describe('estimateCSV', () => {
  it('lists inputs, results with low/central/high, assumptions, sources and the version', async () => {
    const el = await seed();
    const rows = parseCSV(estimateCSV(el));
    expect(rows[0]).to.deep.equal(['section', 'name', 'value', 'low', 'central', 'high', 'note']);
    for (const r of rows) expect(r.length).to.equal(7);
    const find = (section: string, name?: string) => rows.filter((r) => r[0] === section && (name === undefined || r[1] === name));
    expect(find('input', 'energy')[0]![2]).to.equal('370 GWh');
    expect(find('input', 'claim')[0]![2]).to.equal('over 34 million households');
    expect(find('result', 'summary')[0]![2]).to.equal(el.card!.summary);
    expect(find('result', 'verdict')[0]![2]).to.include('1,000 times too high');
    const homes = find('chart').map((r) => r.slice(3, 6).map(Number));
    expect(homes.length).to.equal(el.card!.chart.length);
    for (const [low, mid, high] of homes) {
      expect(Number.isFinite(mid!)).to.equal(true);
      expect(low! <= mid! && mid! <= high!).to.equal(true);
    }
    expect(find('assumption').length).to.equal(el.card!.assumptions.length);
    expect(find('source').length).to.be.greaterThan(0);
    expect(find('source').every((r) => /\d{4}; https:\/\//.test(r[6]!))).to.equal(true);
    expect(find('figures', 'as-of')[0]![2]).to.equal('2026-12');
    expect(find('citation')[0]![2]).to.equal(citationOf(el));
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', async () => {
    const el = await mount<ExportableElement & import('lit').LitElement>('power-equivalence', { heading: '=HYPERLINK("x"), "quoted"\nnext' });
    const text = estimateCSV(el);
    const rows = parseCSV(text);
    expect(rows.find((r) => r[0] === 'input' && r[1] === 'heading')![2]).to.equal('\'=HYPERLINK("x"), "quoted"\nnext');
    expect(text).not.to.match(/(^|,)=HYPERLINK/m);
  });

  it('inputs set as properties (React, Vue) are exported too, and a custom heading', async () => {
    const el = await mount<ExportableElement & import('lit').LitElement & { energy?: string; heading?: string }>('power-equivalence');
    el.energy = '370 GWh';
    el.heading = 'Meta’s cluster';
    await el.updateComplete;
    expect(el.hasAttribute('energy')).to.equal(false);
    const rows = parseCSV(estimateCSV(el));
    expect(rows.find((r) => r[0] === 'input' && r[1] === 'energy')?.[2]).to.equal('370 GWh');
    expect(rows.find((r) => r[0] === 'result' && r[1] === 'heading')?.[2]).to.equal('Meta’s cluster');
  });

  it('downloadAs saves a UTF-8 CSV with a byte-order mark, and SVG and PNG files', async () => {
    const el = await seed();
    const files: Array<{ name: string; blob: Promise<Blob> }> = [];
    const grab = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName !== 'a' || !a.download) return;
      e.preventDefault();
      files.push({ name: a.download, blob: fetch(a.href).then((r) => r.blob()) });
    };
    document.addEventListener('click', grab, true);
    try {
      await downloadAs(el, 'csv');
      await downloadAs(el, 'svg');
      await downloadAs(el, 'png');
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(files.map((f) => f.name)).to.deep.equal(['power-equivalence.csv', 'power-equivalence.svg', 'power-equivalence.png']);
    const [csv, svg, png] = await Promise.all(files.map((f) => f.blob));
    const bytes = new Uint8Array(await csv!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).to.equal(estimateCSV(el));
    const svgText = await svg!.text();
    expect(svgText.startsWith('<svg'), 'an SVG file').to.equal(true);
    expect(svgText.includes(`<title>${summaryOf(el)}</title>`), 'with the summary as title').to.equal(true);
    expect([...new Uint8Array(await png!.slice(0, 4).arrayBuffer())]).to.deep.equal([137, 80, 78, 71]);
  });

  it('every calculator exports its estimate with finite numbers', async () => {
    for (const tag of TAGS) {
      const el = await mount<ExportableElement & import('lit').LitElement>(tag);
      const text = estimateCSV(el);
      for (const bad of ['NaN', 'Infinity', 'undefined', '[object Object]']) expect(text, tag).not.to.include(bad);
      expect(parseCSV(text).filter((r) => r[0] === 'chart').length, tag).to.be.greaterThan(0);
    }
  });
});
