// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Turns a story as authors have it (plain text, an HTML page or a CMS export, Markdown) into the
// plain text the checker reads. Paragraphs stay separated by a blank line and list items keep a
// leading "- ", because links between figures follow sentences, list items and paragraphs.

/** The forms a story comes in; `auto` guesses from the text. */
export type StoryFormat = 'text' | 'html' | 'markdown' | 'auto';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', thinsp: '\u2009', ndash: '\u2013',
  mdash: '\u2014', minus: '\u2212', times: '\u00d7', euro: '\u20ac', pound: '\u00a3', cent: '\u00a2', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', sup2: '\u00b2', sup3: '\u00b3', deg: '\u00b0',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const BLOCK = /^(?:p|div|section|article|header|footer|aside|main|blockquote|figure|figcaption|h[1-6]|ul|ol|table|tr|pre|hr|dl|dd|dt)$/i;

/** The text of an HTML document or fragment: scripts, styles and comments dropped, blocks as paragraphs, `<li>` as "- " items, `<sup>` footnote markers kept apart. */
export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  s = s.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (tag, name: string) => {
    if (/^li$/i.test(name)) return tag[1] === '/' ? '\n' : '\n- ';
    if (/^br$/i.test(name)) return '\n';
    if (/^(?:td|th)$/i.test(name)) return ' ';
    if (/^sup$/i.test(name)) return tag[1] === '/' ? ']' : '[';
    return BLOCK.test(name) ? '\n\n' : '';
  });
  s = decodeEntities(s.replace(/<[^>]*>/g, ''));
  return tidy(s.replace(/\[\s*\]/g, ''));
}

/** The text of a Markdown story: emphasis, links, images, code marks, headings' hashes and footnote references dropped; list items as "- ". */
export function markdownToText(md: string): string {
  const s = md
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]:[^\n]*/g, ' ')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^([ \t]*)(?:[*+]|\d+[.)])[ \t]+/gm, '$1- ')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*?\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`\n]*)`/g, '$1');
  return tidy(decodeEntities(s.replace(/<[^>]*>/g, '')));
}

function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]*\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Guesses a story's form: HTML when it has tags, Markdown when it has Markdown's marks, else text. */
export function guessFormat(input: string): Exclude<StoryFormat, 'auto'> {
  if (/<(?:p|div|html|body|article|li|br|h[1-6]|span|a|sup|em|strong)\b[^>]*>/i.test(input)) return 'html';
  if (/^(?:#{1,6} |\s*[*+] |>\s)|\*\*\S|\]\(|\[\^\w+\]/m.test(input)) return 'markdown';
  return 'text';
}

/** A story as plain text, from any of the forms it comes in; never throws. */
export function storyText(input: unknown, format: StoryFormat = 'auto'): string {
  const s = typeof input === 'string' ? input.replace(/\u0000/g, ' ') : '';
  const form = format === 'auto' ? guessFormat(s) : format;
  return form === 'html' ? htmlToText(s) : form === 'markdown' ? markdownToText(s) : s;
}
