// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The configurator: pick a calculator, set its attributes in a form built from the Custom
// Elements Manifest (every attribute, its description and examples, nothing listed by hand), see
// it live in light and dark, and copy the snippets an author pastes: script + tag (with the
// no-JS sentence and `as-of` pinned), iframe, npm, and a newsletter figure with the exported PNG.
// Everything happens in the page; nothing is stored or sent.

import { MARGIN, citationOf, downloadAs, summaryOf, type ExportableElement } from '../src/export.js';

export interface ManifestAttribute {
  readonly name: string;
  readonly type?: { readonly text: string };
  readonly default?: string;
  readonly description?: string;
  readonly inheritedFrom?: { readonly name: string };
}

export interface ManifestElement {
  readonly tagName?: string;
  readonly name: string;
  readonly summary?: string;
  readonly attributes?: readonly ManifestAttribute[];
}

export interface Manifest {
  readonly modules: ReadonlyArray<{ readonly path: string; readonly declarations?: readonly ManifestElement[] }>;
}

/** One form field, generated from one manifest attribute. */
export interface Field {
  readonly name: string;
  readonly kind: 'boolean' | 'text';
  readonly description: string;
  /** Example values quoted in the description (`us`, `370 GWh`), offered as suggestions. */
  readonly suggestions: readonly string[];
  /** Which group the attribute belongs to: the element's own, or a shared base class. */
  readonly group: string;
}

/** Attribute values as an author sets them; `true` is a boolean attribute. */
export type Attrs = Readonly<Record<string, string | true>>;

/** The shared base classes' attributes, grouped under a reader-friendly legend. */
const GROUPS: Readonly<Record<string, string>> = {
  ClusterElement: 'Cluster',
  EnergyElement: 'Energy',
  CalcElement: 'Every calculator',
};

/** The calculators the manifest describes: custom elements with attributes, in manifest order. */
export function calculators(manifest: Manifest): ManifestElement[] {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && (d.attributes?.length ?? 0) > 0);
}

/** The values a description quotes in backticks, as suggestions (without duplicates). */
export function suggestionsOf(description: string): string[] {
  return [...new Set([...description.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))];
}

export function fieldsOf(element: ManifestElement): Field[] {
  return (element.attributes ?? []).map((a) => ({
    name: a.name,
    kind: a.type?.text === 'boolean' ? 'boolean' : 'text',
    description: a.description ?? '',
    suggestions: suggestionsOf(a.description ?? ''),
    group: a.inheritedFrom ? GROUPS[a.inheritedFrom.name] ?? a.inheritedFrom.name : `<${element.tagName}>`,
  }));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** The attributes as HTML, in the order given; values escaped. */
export function attributeMarkup(attrs: Attrs): string {
  return Object.entries(attrs).map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
}

/** Adds `as-of` (the figures' version) unless the author pinned one: an article's numbers must not change later. */
export function pinned(attrs: Attrs, version: string | undefined): Attrs {
  return attrs['as-of'] || !version ? attrs : { ...attrs, 'as-of': version };
}

/** `<tag attrs>fallback</tag>`: the sentence inside is what readers see without JavaScript. */
export function tagMarkup(tag: string, attrs: Attrs, fallback = ''): string {
  return `<${tag}${attributeMarkup(attrs)}>${escapeText(fallback)}</${tag}>`;
}

export interface SnippetContext {
  readonly tag: string;
  readonly attrs: Attrs;
  /** The summary sentence of the current estimate (the no-JS fallback and the image's alt text). */
  readonly summary: string;
  /** The citation (it begins with the summary): the newsletter figure's caption. */
  readonly citation: string;
  /** The figures' version, for `as-of`. */
  readonly version?: string;
  /** Where the site hosts compute-calc.js and the per-element files, ending in `/`. */
  readonly libBase: string;
  /** The embed page's address. */
  readonly embedUrl: string;
  readonly resizerUrl: string;
  readonly height: number;
  readonly title: string;
  readonly imageWidth: number;
}

export interface Snippets {
  readonly script: string;
  readonly iframe: string;
  readonly npm: string;
  readonly newsletter: string;
}

export function snippets(c: SnippetContext): Snippets {
  const attrs = pinned(c.attrs, c.version);
  const query = new URLSearchParams({ tag: c.tag });
  for (const [k, v] of Object.entries(attrs)) query.set(k, v === true ? '' : v);
  const src = `${c.embedUrl}?${query}`;
  // A German, French or Spanish widget needs its catalog: preloaded beside the library, it costs no extra round trip.
  const lang = typeof attrs.locale === 'string' ? /^(de|fr|es)\b/i.exec(attrs.locale.trim())?.[1]?.toLowerCase() : undefined;
  const catalog = lang ? `\n<script type="module" src="${escapeAttr(c.libBase)}locales/${lang}.js"></script>` : '';
  // <inference-energy> is not in the single file yet (scripts/bundles.mjs, SINGLE_ELEMENTS): its own file.
  const file = c.tag === 'inference-energy' ? 'inference-energy.js' : 'compute-calc.js';
  return {
    script: `<link rel="stylesheet" href="${escapeAttr(c.libBase)}compute-calc.css">${catalog}\n<script type="module" src="${escapeAttr(c.libBase)}${file}"></script>\n${tagMarkup(c.tag, attrs, c.summary)}`,
    iframe: `<iframe src="${escapeAttr(src)}" title="${escapeAttr(c.title)}" loading="lazy"\n  style="width: 100%; max-width: 800px; height: ${c.height}px; border: 0"></iframe>\n<script src="${escapeAttr(c.resizerUrl)}" defer></script>`,
    npm: `// npm install compute-calc\nimport 'compute-calc/${c.tag}.js';\n\n// in your template:\n${tagMarkup(c.tag, attrs, c.summary)}`,
    newsletter: `<figure>\n  <img src="${escapeAttr(c.tag)}.png" width="${c.imageWidth}" alt="${escapeAttr(c.summary)}">\n  <figcaption>${escapeText(c.citation || c.summary)}</figcaption>\n</figure>`,
  };
}

/** What a test (or a page script) can drive; the same calls the form makes. */
export interface Configurator {
  readonly tag: string;
  select(tag: string): Promise<void>;
  set(name: string, value: string | boolean): Promise<void>;
  readonly attrs: Attrs;
  readonly previews: readonly ExportableElement[];
  readonly snippets: Snippets | undefined;
  /** Resolves when the previews and snippets reflect the last change. */
  readonly settled: Promise<void>;
}

export interface ConfiguratorOptions {
  readonly libBase?: string;
  readonly embedUrl?: string;
  readonly resizerUrl?: string;
  readonly initial?: string;
}

function h<K extends keyof HTMLElementTagNameMap>(name: K, props: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(name);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

async function copy(text: string, status: HTMLElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `${what} copied.`;
  } catch {
    status.textContent = `Copying is not allowed here: select the ${what.toLowerCase()} and copy it.`;
  }
}

/** Builds the configurator into `root` for the calculators `manifest` describes. */
export function mountConfigurator(root: HTMLElement, manifest: Manifest, options: ConfiguratorOptions = {}): Configurator {
  const base = new URL('./', location.href).href;
  const libBase = options.libBase ?? base;
  const embedUrl = options.embedUrl ?? new URL('embed.html', base).href;
  const resizerUrl = options.resizerUrl ?? new URL('resizer.js', base).href;
  const elements = calculators(manifest);
  if (elements.length === 0) throw new Error('The manifest lists no calculators: run `npm run build` to generate custom-elements.json.');

  let tag = options.initial && elements.some((e) => e.tagName === options.initial) ? options.initial : elements[0]!.tagName!;
  let attrs: Record<string, string | true> = {};
  let current: Snippets | undefined;
  let settled: Promise<void> = Promise.resolve();

  const status = h('p', { class: 'cfg-status', role: 'status', 'aria-live': 'polite' });
  const picker = h('select', { id: 'cfg-tag', name: 'tag' }, ...elements.map((e) => h('option', { value: e.tagName! }, `<${e.tagName}>`)));
  const about = h('p', { class: 'cfg-about' });
  const form = h('form', { class: 'cfg-form', 'aria-label': 'Attributes' });
  const panes = (['light', 'dark'] as const).map((theme) => {
    const holder = h('div', { class: `cfg-preview cfg-${theme}`, 'data-theme': theme });
    const buttons = (['svg', 'png', 'csv'] as const).map((format) => {
      const b = h('button', { type: 'button', 'data-export': format }, `Download ${format.toUpperCase()}`);
      b.addEventListener('click', () => void downloadAs(holder.firstElementChild as ExportableElement, format).catch((e: Error) => { status.textContent = e.message; }));
      return b;
    });
    const section = h('section', { class: 'cfg-pane', 'aria-label': `Preview, ${theme} theme` }, h('h3', {}, theme === 'light' ? 'Light' : 'Dark'), holder, h('p', { class: 'cfg-exports' }, ...buttons));
    return { theme, holder, section };
  });
  const codes = {} as Record<keyof Snippets, HTMLElement>;
  const snippetSections = ([
    ['script', 'Script and tag', 'For pages that allow scripts: host compute-calc.js and compute-calc.css once, and paste.'],
    ['iframe', 'Iframe', 'For CMSs that strip scripts or custom tags (Substack, Medium, restricted WordPress roles, AMP).'],
    ['npm', 'npm', 'For sites built with a bundler; the element is typed.'],
    ['newsletter', 'Newsletter and RSS', 'No JavaScript: download the PNG from the light preview and paste this beside it.'],
  ] as const).map(([key, title, help]) => {
    const code = h('code', { 'data-snippet': key });
    codes[key] = code;
    const button = h('button', { type: 'button', 'data-copy': key }, 'Copy');
    button.addEventListener('click', () => void copy(code.textContent ?? '', status, title));
    return h('section', { class: 'cfg-snippet' }, h('h3', {}, title), h('p', {}, help), h('pre', {}, code), button);
  });
  const sentenceButtons = (['summary', 'citation'] as const).map((what) => {
    const b = h('button', { type: 'button', 'data-copy': what }, what === 'summary' ? 'Copy sentence' : 'Copy citation');
    b.addEventListener('click', () => {
      const el = panes[0]!.holder.firstElementChild!;
      void copy(what === 'summary' ? summaryOf(el) : citationOf(el), status, what === 'summary' ? 'Sentence' : 'Citation');
    });
    return b;
  });

  root.replaceChildren(
    h('div', { class: 'cfg-top' }, h('label', { for: 'cfg-tag' }, 'Calculator '), picker, about),
    h('div', { class: 'cfg-layout' },
      form,
      h('div', { class: 'cfg-output' }, ...panes.map((p) => p.section), h('p', { class: 'cfg-exports' }, ...sentenceButtons), status, ...snippetSections)),
  );

  function buildForm(): void {
    const element = elements.find((e) => e.tagName === tag)!;
    about.textContent = (element.summary ?? '').replace(/\s+/g, ' ');
    const groups = new Map<string, HTMLFieldSetElement>();
    for (const f of fieldsOf(element)) {
      let set = groups.get(f.group);
      if (!set) {
        set = h('fieldset', {}, h('legend', {}, f.group));
        groups.set(f.group, set);
      }
      const id = `cfg-${f.name}`;
      const help = h('small', { id: `${id}-help` }, f.description.replace(/`/g, ''));
      let input: HTMLInputElement;
      if (f.kind === 'boolean') {
        input = h('input', { id, name: f.name, type: 'checkbox', 'aria-describedby': `${id}-help` });
        input.addEventListener('change', () => void api.set(f.name, input.checked));
      } else {
        input = h('input', { id, name: f.name, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-help` });
        if (f.suggestions.length) {
          input.setAttribute('list', `${id}-list`);
          input.placeholder = f.suggestions[0]!;
          set.append(h('datalist', { id: `${id}-list` }, ...f.suggestions.map((s) => h('option', { value: s }))));
        }
        input.addEventListener('input', () => void api.set(f.name, input.value));
      }
      set.append(h('div', { class: `cfg-field cfg-${f.kind}` }, h('label', { for: id }, f.name), input, help));
    }
    form.replaceChildren(...groups.values());
  }

  function buildPreviews(): void {
    for (const p of panes) {
      const el = document.createElement(tag);
      p.holder.replaceChildren(el);
    }
  }

  async function refresh(): Promise<void> {
    for (const p of panes) {
      const el = p.holder.firstElementChild!;
      for (const name of el.getAttributeNames()) if (!(name in attrs)) el.removeAttribute(name);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v === true ? '' : v);
      // The previews show both schemes whatever the snippet's `theme` says.
      el.setAttribute('theme', p.theme);
    }
    const light = panes[0]!.holder.firstElementChild as ExportableElement;
    await Promise.all(panes.map((p) => (p.holder.firstElementChild as ExportableElement).updateComplete));
    // With an invalid attribute the preview falls back to defaults for it; the no-JS sentence
    // must not print figures the author did not choose.
    const valid = !light.shadowRoot?.querySelector('[part=error]');
    const card = light.card;
    status.textContent = valid ? '' : 'An attribute is invalid (see the preview): the snippets leave out the sentence for readers without JavaScript until it is fixed.';
    const svg = light.shadowRoot?.querySelector('svg[part=chart-svg]');
    current = snippets({
      tag,
      attrs,
      summary: card && valid ? summaryOf(light) : '',
      citation: card && valid ? citationOf(light) : '',
      version: card?.version,
      libBase,
      embedUrl,
      resizerUrl,
      height: Math.ceil(light.getBoundingClientRect().height) || 480,
      title: light.getAttribute('heading') || card?.heading || tag,
      // The PNG's CSS width: the chart plus the export's margins.
      imageWidth: (Number(svg?.getAttribute('width')) || 480) + 2 * MARGIN,
    });
    for (const [key, code] of Object.entries(codes)) code.textContent = current[key as keyof Snippets];
  }

  const api: Configurator = {
    get tag() { return tag; },
    get attrs() { return { ...attrs }; },
    get previews() { return panes.map((p) => p.holder.firstElementChild as ExportableElement); },
    get snippets() { return current; },
    get settled() { return settled; },
    async select(next: string) {
      if (!elements.some((e) => e.tagName === next)) throw new Error(`${next} is not a calculator in the manifest`);
      tag = next;
      attrs = {};
      picker.value = tag;
      buildForm();
      buildPreviews();
      settled = refresh();
      await settled;
    },
    async set(name: string, value: string | boolean) {
      const input = form.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
      if (!input) throw new Error(`<${tag}> has no attribute ${name}`);
      if (input.type === 'checkbox') input.checked = value === true;
      else input.value = String(value);
      const next = { ...attrs };
      if (value === false || value === '') delete next[name];
      else next[name] = value === true ? true : String(value);
      attrs = next;
      settled = refresh();
      await settled;
    },
  };

  picker.addEventListener('change', () => void api.select(picker.value));
  form.addEventListener('submit', (e) => e.preventDefault());
  picker.value = tag;
  buildForm();
  buildPreviews();
  settled = refresh();
  return api;
}
