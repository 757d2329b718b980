// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The iframe embed: `embed.html?tag=power-equivalence&energy=370%20GWh` renders that one element
// with those attributes, and reports its height to the parent page (compute-calc's own message,
// read by resizer.js, and AMP's `embed-size`). Query values become attributes unchanged, so they
// go through the element's own parsing and error messages. The elements come from compute-calc.js,
// which embed.html loads first (module scripts run in order), as any page using the library does;
// <inference-energy> from its own file, imported when asked for.

const TAGS = ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'inference-energy'];

/** The attribute names an element accepts, read from its own reactive properties. */
function attributesOf(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { elementProperties: Map<PropertyKey, { attribute?: string | boolean; state?: boolean }> };
  const names: string[] = [];
  for (const [prop, options] of ctor.elementProperties) {
    if (options.state || options.attribute === false) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(prop).toLowerCase());
  }
  return names;
}

function message(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  return p;
}

export function renderEmbed(root: HTMLElement, search: string): void {
  const query = new URLSearchParams(search);
  const tag = query.get('tag') ?? '';
  if (!TAGS.includes(tag)) {
    root.replaceChildren(message(`tag: “${tag}” is not a compute-calc element. Expected one of: ${TAGS.join(', ')}.`));
    return;
  }
  if (!customElements.get(tag)) {
    root.replaceChildren(message(`<${tag}> is not available on this page: its script did not load.`));
    return;
  }
  const el = document.createElement(tag);
  const allowed = attributesOf(tag);
  const unknown: string[] = [];
  for (const [name, value] of query) {
    if (name === 'tag' || name === 'id') continue;
    if (allowed.includes(name)) el.setAttribute(name, value);
    else unknown.push(name);
  }
  const nodes: Node[] = [];
  if (unknown.length > 0) {
    nodes.push(message(`${unknown.join(', ')}: not an attribute of <${tag}>. Expected: ${allowed.join(', ')}.`));
  }
  nodes.push(el);
  root.replaceChildren(...nodes);
}

/** Posts the document's height to the parent whenever it changes. */
export function reportHeight(target: Window, id: string | null): void {
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    target.postMessage({ type: 'compute-calc:height', height, id }, '*');
    // AMP's amp-iframe resizes on this message.
    target.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

const root = document.getElementById('embed');
if (root) {
  const query = new URLSearchParams(location.search);
  // <inference-energy> is not in compute-calc.js yet (scripts/bundles.mjs): its own file, beside it.
  const lib = document.querySelector<HTMLScriptElement>('script[src$="compute-calc.js"]');
  const own = query.get('tag') === 'inference-energy' && lib && !customElements.get('inference-energy')
    ? import(/* @vite-ignore */ new URL('inference-energy.js', lib.src).href).catch(() => undefined)
    : undefined;
  void Promise.resolve(own).then(() => {
    renderEmbed(root, location.search);
    if (window.parent !== window) reportHeight(window.parent, query.get('id'));
  });
}
