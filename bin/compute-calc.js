#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// `npx compute-calc check story.txt`: finds a story's compute figures, checks them against each
// other and the sourced figures, prints them as a table, and exits 1 when one is off by the
// threshold (10×) or more, 0 otherwise, 2 on a usage error. Reads text, HTML and Markdown; `-` is stdin.
import { readFileSync } from 'node:fs';
import { checkStory, storyText } from '../dist/check.js';

const USAGE = `usage: compute-calc check <file | -> [--locale en|de|fr|es|auto] [--threshold N] [--format text|html|markdown] [--as-of YYYY-MM] [--json]

Finds the compute figures in a story (GPUs, money, energy, power, homes, CO2, training time,
FLOP, "bigger than anything reported"), checks each one it can, and prints them as a table.
--locale reads a German, French or Spanish story as its newsroom prints it ("über 2 Mrd. Dollar",
"plus de 100 000 GPU H100") and writes the reasons and snippets in that language (default en;
auto takes the language the story's own words show, else English).
Exits 1 when a figure is off by N times or more (default 10), 0 otherwise, 2 on a usage error.`;

function usage(message) {
  if (message) process.stderr.write(`compute-calc: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args[0] !== 'check') usage(args[0] === undefined ? 'no command given' : `unknown command: ${args[0]}`);
let file;
let threshold = 10;
let format = 'auto';
let asOf;
let locale;
let json = false;
for (let i = 1; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (v === undefined) usage(`${a} needs a value`);
    return v;
  };
  if (a === '--threshold' || a.startsWith('--threshold=')) {
    threshold = Number(value());
    if (!Number.isFinite(threshold) || threshold <= 1) usage('--threshold takes a number above 1, e.g. 10');
  } else if (a === '--format' || a.startsWith('--format=')) {
    format = value();
    if (!['text', 'html', 'markdown', 'auto'].includes(format)) usage(`unknown format: ${format}`);
  } else if (a === '--locale' || a.startsWith('--locale=')) {
    locale = value();
    if (!/^(?:(?:en|de|fr|es)(?:-[A-Za-z]{2})?|auto)$/.test(locale)) usage(`unknown locale: ${locale} (en, de, fr, es or auto)`);
  } else if (a === '--as-of' || a.startsWith('--as-of=')) {
    asOf = value();
  } else if (a === '--json') {
    json = true;
  } else if (a === '-' || !a.startsWith('-')) {
    if (file !== undefined) usage('one story at a time');
    file = a;
  } else {
    usage(`unknown option: ${a}`);
  }
}
if (file === undefined) usage('no story given (a file, or - for stdin)');

let raw;
try {
  raw = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  usage(`cannot read ${file === '-' ? 'stdin' : file}: ${e.code ?? e.message}`);
}
if (format === 'auto' && file !== '-') {
  if (/\.html?$/i.test(file)) format = 'html';
  else if (/\.(?:md|markdown)$/i.test(file)) format = 'markdown';
}
const text = storyText(raw, format);
const result = checkStory(text, { ...(asOf ? { asOf } : {}), ...(locale ? { locale } : {}) });
const off = result.findings.filter((f) => f.verdict && f.verdict.kind !== 'consistent' && f.verdict.factor >= threshold);

if (json) {
  process.stdout.write(`${JSON.stringify({ ...result, threshold }, null, 2)}\n`);
} else {
  const lineOf = (at) => text.slice(0, at).split('\n').length;
  const verdict = (f) => (!f.verdict ? '—' : f.verdict.kind === 'consistent' ? 'consistent'
    : `${f.verdict.kind === 'too-high' ? 'too high' : 'too low'} ×${f.verdict.factor >= 10 ? Math.round(f.verdict.factor).toLocaleString('en-US') : f.verdict.factor.toFixed(1)}`);
  const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const rows = result.findings.map((f) => [String(lineOf(f.start)), f.kind, clip(f.text.replace(/\s+/g, ' '), 48), verdict(f), f.verdict ? clip(f.verdict.against.replace(/\s+/g, ' '), 48) : '']);
  const head = ['line', 'kind', 'figure', 'verdict', 'against'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push('', `${result.findings.length} figure${result.findings.length === 1 ? '' : 's'}, ${result.findings.filter((f) => f.verdict).length} checked, ${off.length} off by ${threshold}× or more (figures as of ${result.figuresVersion}).`);
  for (const f of off) out.push(`line ${lineOf(f.start)}: ${f.reason}`, `  ${f.snippet ?? ''}`);
  for (const n of result.notes) out.push(n);
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(off.length > 0 ? 1 : 0);
