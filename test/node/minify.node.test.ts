// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// scripts/minify-templates.mjs, which the bundle build runs over every source module: it may
// change the whitespace of Lit templates' static text and nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs script without type declarations
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const minify = minifyTemplates as (code: string) => string;

test('collapses the indentation of nested html templates, keeping one space', () => {
  const code = 'const t = html`<b>\n    ${ok ? html`<i>\n      yes</i>` : nothing}\n  </b>`;';
  assert.equal(minify(code), 'const t = html`<b> ${ok ? html`<i> yes</i>` : nothing} </b>`;');
});

test('drops a line break between two block or SVG tags, where it renders nothing, and keeps it beside inline ones', () => {
  const code = 'const t = html`<div>\n  <h2>${h}</h2>\n  <p>a</p>\n  <label>${l}</label>\n  <output>o</output>\n  <g>\n    <text>x</text>\n  </g>\n</div>`;';
  assert.equal(minify(code), 'const t = html`<div><h2>${h}</h2><p>a</p> <label>${l}</label> <output>o</output> <g><text>x</text></g></div>`;');
});

test('beside a binding, drops a line break next to a block tag; keeps it next to an inline tag, between two bindings and inside a tag', () => {
  const code = 'const t = html`<div>\n  <h2>${h}</h2>\n  ${issues}\n  <p>${a}</p>\n  ${b}\n  ${c}\n  <strong>${n}</strong>\n  ${label}\n  <text x=${x}\n    y=${y}>t</text>\n</div>`;';
  assert.equal(minify(code), 'const t = html`<div><h2>${h}</h2>${issues}<p>${a}</p>${b} ${c} <strong>${n}</strong> ${label}<text x=${x} y=${y}>t</text></div>`;');
});

test('leaves expressions, strings, regular expressions and untagged templates alone', () => {
  const code = [
    "const a = html`<i>\n  ${'  two  spaces  '}</i>`;",
    'const b = `  untagged\n  stays  `;',
    'const c = /`\\s+html`/g.test(x) ? "html`  q  `" : \'`\';',
    'const d = x / 2 + html`<u>\n  </u>`;',
  ].join('\n');
  const out = minify(code);
  assert.ok(out.includes("${'  two  spaces  '}"), 'string inside an expression');
  assert.ok(out.includes('`  untagged\n  stays  `'), 'untagged template');
  assert.ok(out.includes('/`\\s+html`/g'), 'regular expression');
  assert.ok(out.includes('"html`  q  `"'), 'string that looks like a template');
  assert.ok(out.includes('html`<i> ${'), 'the html template before them');
  assert.ok(out.includes('html`<u> </u>`'), 'a template after a division');
});

test('in css templates drops comments and spaces around braces, semicolons, commas and after colons', () => {
  const code = 'const s = css`\n  /* why */\n  .a , .b {\n    color : red ;\n  }\n  .c :hover { margin: 0 }\n`;';
  assert.equal(minify(code), 'const s = css` .a,.b{color :red;}.c :hover{margin:0}`;');
});

test('fails instead of changing anything but whitespace and comments', () => {
  // An unterminated template cannot be read; the build must stop, not guess.
  assert.throws(() => minify('const t = html`<p>${x}'), /unterminated/);
});
