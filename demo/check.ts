// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The demo's story checker: an author pastes a story (or drops a .txt, .html or .md file), and
// every figure compute-calc/check finds is marked in place with its verdict, next to a list that
// gives each one's reason in a sentence and the element snippet to copy. Everything runs in the
// page; the text never leaves it. Verdicts are never shown by colour alone: each mark carries its
// number and verdict as text, and a border style per verdict.
import { checkStory, storyText, type Finding, type StoryCheck, type StoryFormat } from '../src/check/index.js';

/** Findings off by this factor or more are counted as errors in the status line, as the CLI does. */
export const THRESHOLD = 10;

export interface Checker {
  /** Checks `text` now and shows the result. */
  check(text: string): StoryCheck;
  /** Reads a file as the drop zone and the file input do, and checks it. */
  open(file: File): Promise<StoryCheck>;
  readonly textarea: HTMLTextAreaElement;
  /** The story's language, passed to `checkStory` as `locale`: `en`, `de`, `fr` or `es`. */
  readonly language: HTMLSelectElement;
  readonly result: StoryCheck | undefined;
}

function h<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(name);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** The languages a story can be checked in, each named in its own language. */
export const LANGUAGES: ReadonlyArray<readonly [string, string]> = [['en', 'English'], ['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español']];

const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 1 : 0 });

/** The verdict as a reader reads it: "too high, about 992×", "consistent", "not checked". */
export function verdictLabel(f: Finding): string {
  if (!f.verdict) return 'not checked';
  if (f.verdict.kind === 'consistent') return 'consistent';
  return `${f.verdict.kind === 'too-high' ? 'too high' : 'too low'}, about ${count(f.verdict.factor)}×`;
}

const SYMBOL: Readonly<Record<string, string>> = { consistent: '✓', 'too-high': '▲', 'too-low': '▼', none: '·' };

const KIND_NAMES: Readonly<Record<string, string>> = {
  gpus: 'GPUs', money: 'money', energy: 'energy', power: 'power', homes: 'homes', co2: 'CO2', duration: 'duration', compute: 'compute',
  params: 'parameters', tokens: 'tokens', 'gpu-hours': 'GPU-hours', 'cluster-rank': 'rank claim',
};

function formatOf(name: string): StoryFormat {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  return /\.txt$/i.test(name) ? 'text' : 'auto';
}

async function copy(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Snippet copied.';
  } catch {
    status.textContent = 'Copying is not allowed here: select the snippet and copy it.';
  }
}

/** Builds the checker into `root`. */
export function mountChecker(root: HTMLElement, initial = ''): Checker {
  const textarea = h('textarea', { id: 'chk-story', name: 'story', rows: '12', 'aria-describedby': 'chk-hint', spellcheck: 'false' });
  textarea.value = initial;
  const file = h('input', { type: 'file', id: 'chk-file', accept: '.txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown' });
  const language = h('select', { id: 'chk-locale', name: 'locale', 'aria-describedby': 'chk-locale-hint' },
    ...LANGUAGES.map(([code, name]) => h('option', { value: code, lang: code }, name)));
  const form = h('form', { class: 'chk-form' },
    h('div', { class: 'chk-language' },
      h('label', { for: 'chk-locale' }, 'Language of the story '), language,
      h('p', { id: 'chk-locale-hint', class: 'chk-hint' }, 'Figures are read as that language prints them (“über 2 Mrd. Dollar”, “plus de 100 000 GPU”), and the verdicts and snippets are written in it.')),
    h('label', { for: 'chk-story' }, 'Your story'),
    h('p', { id: 'chk-hint', class: 'chk-hint' }, 'Paste the text, or drop a .txt, .html or .md file on the box. It is checked as you type, in this page only.'),
    textarea,
    h('div', { class: 'chk-actions' },
      h('button', { type: 'submit' }, 'Check the story'),
      h('label', { for: 'chk-file' }, 'Open a file: '), file),
  );
  const status = h('p', { class: 'chk-status', role: 'status' });
  const marked = h('div', { class: 'chk-marked' });
  const list = h('ol', { class: 'chk-findings' });
  const copyStatus = h('p', { class: 'chk-copy-status', role: 'status' });
  root.replaceChildren(
    form, status,
    h('section', { 'aria-labelledby': 'chk-marked-h' }, h('h2', { id: 'chk-marked-h' }, 'The story, with its figures marked'), marked),
    h('section', { 'aria-labelledby': 'chk-list-h' }, h('h2', { id: 'chk-list-h' }, 'Figures found'), copyStatus, list),
  );

  let result: StoryCheck | undefined;

  function render(text: string, r: StoryCheck): void {
    // The story as text nodes, each figure a <mark> with a link to its entry: no markup from the story is ever parsed.
    const parts: Node[] = [];
    let at = 0;
    r.findings.forEach((f, i) => {
      if (f.start < at) return;
      parts.push(document.createTextNode(text.slice(at, f.start)));
      const key = f.verdict?.kind ?? 'none';
      parts.push(h('mark', { class: 'chk-mark', id: `chk-mark-${i + 1}`, 'data-verdict': key },
        f.text,
        h('a', { class: 'chk-badge', href: `#chk-finding-${i + 1}`, 'aria-label': `figure ${i + 1}: ${verdictLabel(f)}` }, `${i + 1} ${SYMBOL[key]}`)));
      at = f.end;
    });
    parts.push(document.createTextNode(text.slice(at)));
    marked.replaceChildren(...parts);

    list.replaceChildren(...r.findings.map((f, i) => {
      const key = f.verdict?.kind ?? 'none';
      const item = h('li', { id: `chk-finding-${i + 1}`, class: 'chk-finding', 'data-verdict': key, tabindex: '-1' },
        h('h3', {}, `“${f.text.replace(/\s+/g, ' ')}” `, h('small', {}, KIND_NAMES[f.kind] ?? f.kind)),
        h('p', { class: 'chk-verdict' }, h('strong', {}, `${SYMBOL[key]} ${verdictLabel(f)[0].toUpperCase()}${verdictLabel(f).slice(1)}`),
          f.verdict ? ` — against ${f.verdict.against}` : ''),
        h('p', { class: 'chk-reason' }, f.reason),
      );
      if (f.snippet) {
        const code = h('code', {}, f.snippet);
        const button = h('button', { type: 'button', class: 'chk-copy', 'aria-label': `Copy snippet of figure ${i + 1}` }, 'Copy snippet');
        button.addEventListener('click', () => void copy(f.snippet ?? '', copyStatus));
        item.append(h('pre', { class: 'chk-snippet' }, code), button);
      }
      item.append(h('p', {}, h('a', { href: `#chk-mark-${i + 1}` }, 'Back to the story')));
      return item;
    }));

    const checked = r.findings.filter((f) => f.verdict).length;
    const off = r.findings.filter((f) => f.verdict && f.verdict.kind !== 'consistent' && f.verdict.factor >= THRESHOLD).length;
    const wrong = r.findings.filter((f) => f.verdict && f.verdict.kind !== 'consistent').length;
    status.textContent = r.findings.length === 0
      ? (text.trim() ? 'No compute figures found in this text.' : 'Paste a story to check it.')
      : `${r.findings.length} figure${r.findings.length === 1 ? '' : 's'} found, ${checked} checked: ${wrong} do${wrong === 1 ? 'es' : ''} not fit, ${off} by ${THRESHOLD}× or more. Figures as of ${r.figuresVersion}.${r.notes.length ? ` ${r.notes.join(' ')}` : ''}`;
  }

  function check(text: string): StoryCheck {
    // The story and its marks are in the story's language, for screen readers and hyphenation.
    textarea.lang = language.value;
    marked.lang = language.value;
    result = checkStory(text, { locale: language.value });
    render(text, result);
    return result;
  }

  async function open(f: File): Promise<StoryCheck> {
    let raw = '';
    try {
      raw = await f.text();
    } catch {
      status.textContent = `Could not read ${f.name}.`;
    }
    textarea.value = storyText(raw, formatOf(f.name));
    return check(textarea.value);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => check(textarea.value), 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    check(textarea.value);
    marked.closest('section')?.scrollIntoView?.({ block: 'start' });
  });
  language.addEventListener('change', () => check(textarea.value));
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (f) void open(f);
  });
  textarea.addEventListener('dragover', (e) => {
    e.preventDefault();
    textarea.classList.add('chk-drop');
  });
  textarea.addEventListener('dragleave', () => textarea.classList.remove('chk-drop'));
  textarea.addEventListener('drop', (e) => {
    const f = e.dataTransfer?.files?.[0];
    textarea.classList.remove('chk-drop');
    if (!f) return;
    e.preventDefault();
    void open(f);
  });
  // A link to a finding moves focus there, so keyboard and screen-reader users land on it.
  root.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#chk-"]');
    const target = a ? root.querySelector<HTMLElement>(a.getAttribute('href')!) : null;
    if (!target) return;
    e.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  });

  check(textarea.value);
  return {
    check, open, textarea, language,
    get result() { return result; },
  };
}
