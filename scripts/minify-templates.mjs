// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Collapses the indentation inside Lit's css``, html`` and svg`` templates, which minifiers keep
// because it sits inside strings, for the hosted bundles. Templates nest (html`…${x ? html`…` : y}…`),
// so this walks the code instead of matching a regular expression: only a template's static text
// changes, never its expressions, and a run of whitespace becomes one space, which HTML renders
// the same. In CSS, comments and the spaces around braces, semicolons and commas, and after
// colons, go too.

const TAG = /\b(css|html|svg)`/y;

/** Elements laid out inline: a space beside them is text a reader sees, so it stays. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'br', 'button', 'cite', 'code', 'dfn', 'em', 'i', 'img', 'input', 'kbd', 'label', 'mark', 'output', 'q', 's', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tspan', 'u', 'var']);

/**
 * Drops a line break's whitespace between two tags when neither is inline (`</h2>⏎<p>`,
 * `<g>⏎<text>`): there it renders nothing, yet each one is a text node in every card.
 */
function dropBlockGaps(text) {
  const block = (name) => !INLINE.has(name.toLowerCase());
  return text
    .replace(/>(\s*\n\s*)(?=<\/?([a-zA-Z][\w-]*))/g, (all, _gap, next, at) => {
      const before = /<\/?([a-zA-Z][\w-]*)[^<]*$/.exec(text.slice(0, at + 1));
      return before && block(before[1]) && block(next) ? '>' : all;
    })
    // Beside a binding (this text starts or ends where `${…}` stands), a line break's whitespace
    // next to a block tag goes too: `</h2>⏎${issues}`, `${chart}⏎<table>`.
    .replace(/^\s*\n\s*(?=<\/?([a-zA-Z][\w-]*))/, (all, next) => (block(next) ? '' : all))
    .replace(/(<\/?([a-zA-Z][\w-]*)[^<>]*>)\s*\n\s*$/, (all, tag, name) => (block(name) ? tag : all));
}

/** A template's static text, minified. */
function minifyText(text, tag) {
  let out = tag === 'css' ? text.replace(/\/\*[^]*?\*\//g, '') : dropBlockGaps(text);
  out = out.replace(/\s*\n\s*/g, ' ').replace(/ {2,}/g, ' ');
  // Not the space before a colon: in `.a :hover` it is a descendant combinator.
  if (tag === 'css') out = out.replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':');
  return out;
}

/**
 * Copies a template literal that starts at `code[i]` (just after its opening backtick), minifying
 * its static text when `tag` is set. Returns the copy (without the closing backtick) and the index
 * after the closing backtick.
 */
function template(code, i, tag) {
  let out = '';
  let text = '';
  const flush = () => {
    out += tag ? minifyText(text, tag) : text;
    text = '';
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out, i + 1];
    } else if (c === '$' && code[i + 1] === '{') {
      flush();
      const [expr, end] = expression(code, i + 2);
      out += `\${${expr}}`;
      i = end;
    } else {
      text += c;
      i += 1;
    }
  }
  throw new Error('minify-templates: unterminated template literal');
}

/** Copies code from `i` up to the `}` that closes it (template expression), recursing into templates. */
function expression(code, i) {
  let out = '';
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '}' && depth === 0) return [out, i + 1];
    if (c === '{') depth += 1;
    if (c === '}') depth -= 1;
    const [piece, end] = token(code, i);
    out += piece;
    i = end;
  }
  throw new Error('minify-templates: unterminated template expression');
}

/** Whether a `/` at `i` starts a regular expression (not a division): judged by the code before it. */
function regexAt(code, i) {
  const before = code.slice(Math.max(0, i - 12), i).replace(/\s+$/, '');
  return before === '' || /[(,=:[!&|?{};+\-*%<>~^]$/.test(before) || /\b(?:return|typeof|case|in|of|void)$/.test(before);
}

/** One piece of code at `i`: a string, regular expression or template literal copied whole (templates minified when tagged), else one character. */
function token(code, i) {
  TAG.lastIndex = i;
  const tagged = TAG.exec(code);
  if (tagged) {
    const [body, end] = template(code, i + tagged[0].length, tagged[1]);
    return [`${tagged[0]}${body}\``, end];
  }
  const c = code[i];
  if (c === '`') {
    const [body, end] = template(code, i + 1, undefined);
    return [`\`${body}\``, end];
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
    return [code.slice(i, j + 1), j + 1];
  }
  if (c === '/' && code[i + 1] === '/') {
    const j = code.indexOf('\n', i);
    return j < 0 ? [code.slice(i), code.length] : [code.slice(i, j), j];
  }
  if (c === '/' && code[i + 1] === '*') {
    const j = code.indexOf('*/', i + 2);
    return j < 0 ? [code.slice(i), code.length] : [code.slice(i, j + 2), j + 2];
  }
  if (c === '/' && regexAt(code, i)) {
    let j = i + 1;
    let inClass = false;
    while (j < code.length && (inClass || code[j] !== '/') && code[j] !== '\n') {
      if (code[j] === '\\') j += 1;
      else if (code[j] === '[') inClass = true;
      else if (code[j] === ']') inClass = false;
      j += 1;
    }
    return [code.slice(i, j + 1), j + 1];
  }
  return [c, i + 1];
}

const significant = (s) => s.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, '');

/**
 * `code` with every tagged template's static text minified. Throws if anything but whitespace and
 * comments changed, so a misread of the code fails the build instead of changing it.
 */
export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const [piece, end] = token(code, i);
    out += piece;
    i = end;
  }
  if (significant(out) !== significant(code)) throw new Error('minify-templates: changed more than whitespace and comments');
  return out;
}
