// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Static copies of any calculator for places without JavaScript (newsletters, RSS, Apple News):
// the chart as a standalone SVG or a PNG drawn in the browser, and the inputs, results,
// assumptions and sources as CSV. Nothing is sent anywhere. Kept out of the elements (and of
// dist/compute-calc.js) because authors need it, readers do not.

import type { LitElement } from 'lit';
import type { CardView } from './internal/calc-element.js';

/** A rendered compute-calc element: what the export functions read. */
export interface ExportableElement extends HTMLElement {
  readonly card: CardView | undefined;
  /** The citation line, built whether or not the reader opened the disclosure. */
  readonly citation?: string;
  readonly updateComplete: Promise<boolean>;
}

/** Presentation properties the chart takes from its shadow stylesheet; copied inline so the SVG stands alone. */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-variant-numeric'];
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Space around the chart in exported images, in CSS pixels on each side. */
export const MARGIN = 8;

function chartOf(el: Element): SVGSVGElement {
  const svg = el.shadowRoot?.querySelector<SVGSVGElement>('svg[part=chart-svg]');
  if (!svg) throw new Error(`<${el.localName}> has no chart to export: is it a compute-calc element, and are its attributes valid?`);
  return svg;
}

const isTransparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/** The card's own background, or undefined where it is transparent (the page shows through). */
function surfaceOf(el: Element): string | undefined {
  const base = el.shadowRoot?.querySelector('[part=base]');
  const colour = base ? getComputedStyle(base).backgroundColor : '';
  return colour && !isTransparent(colour) ? colour : undefined;
}

const textOf = (el: Element, id: string) => el.shadowRoot?.querySelector(`[data-copy-text=${id}]`)?.textContent?.trim() ?? '';

/** The summary sentence, as the element shows it. */
export const summaryOf = (el: Element): string => textOf(el, 'summary');

/** The citation the element offers its readers (in its disclosure, which need not be open). */
export const citationOf = (el: Element): string => (el as Partial<ExportableElement>).citation ?? textOf(el, 'citation');

/**
 * The element's chart as a standalone SVG document: colours and fonts resolved from the page and
 * theme, the summary as its title, and the card's background when it has one.
 */
export function chartSVG(el: Element): string {
  const source = chartOf(el);
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...source.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    to[i]!.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
  });
  // Lit's template markers are comments; a static file does not need them.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
  copy.removeAttribute('part');
  copy.removeAttribute('class');
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('color', getComputedStyle(source).color);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = summaryOf(el) || source.getAttribute('aria-label') || '';
  copy.prepend(title);
  // A margin, so text does not touch the image's edge in a newsletter.
  const width = Number(copy.getAttribute('width')) + 2 * MARGIN;
  const height = Number(copy.getAttribute('height')) + 2 * MARGIN;
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `${-MARGIN} ${-MARGIN} ${width} ${height}`);
  const surface = surfaceOf(el);
  if (surface) {
    const bg = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of [['x', -MARGIN], ['y', -MARGIN], ['width', width], ['height', height]] as const) bg.setAttribute(k, String(v));
    bg.setAttribute('fill', surface);
    title.after(bg);
  }
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The chart as a PNG, drawn in the browser at `scale` times its CSS size. Where the card is
 * transparent the PNG gets `background` (white by default): newsletters show images on any colour.
 */
export async function chartPNG(el: Element, { scale = 2, background = '#ffffff' } = {}): Promise<Blob> {
  const svg = chartSVG(el);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const width = Number(doc.getAttribute('width'));
  const height = Number(doc.getAttribute('height'));
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw to a canvas.');
  ctx.fillStyle = surfaceOf(el) ?? background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/**
 * A CSV cell. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: attribute values come from pages, and a CSV is opened by people.
 */
function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The inputs (attributes as set), results (headline, summary, verdict, each charted figure with
 * its low, central and high value), assumptions and sources, one row each, as CSV.
 */
export function estimateCSV(el: ExportableElement): string {
  const card = el.card;
  if (!card) throw new Error(`<${el.localName}> has no estimate to export: are its attributes valid?`);
  const rows: Array<ReadonlyArray<string | number>> = [['section', 'name', 'value', 'low', 'central', 'high', 'note']];
  // Read from the properties, not the attributes: React and Vue set properties.
  const props = (el.constructor as typeof LitElement).elementProperties ?? new Map();
  const values = el as unknown as Record<PropertyKey, unknown>;
  for (const [prop, options] of props) {
    const value = values[prop];
    if (options.state || options.attribute === false || value === undefined || value === null || value === false || value === '') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : String(prop).toLowerCase();
    rows.push(['input', name, value === true ? name : String(value), '', '', '', '']);
  }
  rows.push(['result', 'heading', String(values.heading || card.heading), '', '', '', '']);
  rows.push(['result', 'headline', card.headline, '', '', '', '']);
  rows.push(['result', 'summary', card.summary, '', '', '', '']);
  if (card.verdict) rows.push(['result', 'verdict', card.verdict.sentence, '', '', '', card.verdict.kind]);
  for (const d of card.chart) rows.push(['chart', d.label, d.valueLabel, d.value.low, d.value.mid, d.value.high, d.kind ?? 'main']);
  for (const a of card.assumptions) rows.push(['assumption', a.name, a.value, '', '', '', a.overridden ? 'set by the author' : 'default']);
  const seen = new Set<string>();
  for (const s of card.sources) {
    const key = `${s.url} ${s.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(['source', s.publisher, s.title, '', '', '', `${s.year}; ${s.url}`]);
  }
  rows.push(['figures', 'as-of', card.version, '', '', '', '']);
  const citation = citationOf(el);
  if (citation) rows.push(['citation', '', citation, '', '', '', '']);
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Saves `content` as a file through the browser's download, named `name`. */
export function download(content: Blob | string, name: string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers cancel a download whose address goes away at once.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Downloads `<tag>.svg`, `<tag>.png` or `<tag>.csv` of `el`. */
export async function downloadAs(el: ExportableElement, format: 'svg' | 'png' | 'csv'): Promise<void> {
  await el.updateComplete;
  const name = `${el.localName}.${format}`;
  if (format === 'svg') download(chartSVG(el), name, 'image/svg+xml');
  else if (format === 'png') download(await chartPNG(el), name);
  // The byte-order mark tells spreadsheets the file is UTF-8 (figures hold narrow spaces, – and €).
  else download(`\uFEFF${estimateCSV(el)}`, name, 'text/csv;charset=utf-8');
}
