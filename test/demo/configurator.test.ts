// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The demo's configurator, driven as an author would: through its form. Each snippet is then
// used the way a site would use it: the script + tag pasted into a bare page that loads the
// built file, the iframe pasted into a page with the resizer, the npm entry looked up in the
// package's exports. The manifest is the one `npm test` generates before the run.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { calculators, fieldsOf, mountConfigurator, suggestionsOf, type Configurator, type Manifest } from '../../demo/configurator.js';
import { chartSVG } from '../../src/export.js';
import { BAD_TEXT } from '../helpers/shadow.js';

let manifest: Manifest;
const roots: HTMLElement[] = [];

before(async () => {
  manifest = await (await fetch('/custom-elements.json')).json();
});

afterEach(() => {
  for (const r of roots.splice(0)) r.remove();
  document.querySelectorAll('iframe').forEach((f) => f.remove());
});

async function configurator(initial = 'power-equivalence'): Promise<{ cfg: Configurator; root: HTMLElement }> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  const cfg = mountConfigurator(root, manifest, {
    initial,
    libBase: `${location.origin}/dist/`,
    embedUrl: `${location.origin}/dist/embed.html`,
    resizerUrl: `${location.origin}/dist/resizer.js`,
  });
  await cfg.settled;
  return { cfg, root };
}

/** Types into a field and lets the configurator catch up, as a keyboard would. */
async function type(root: HTMLElement, cfg: Configurator, name: string, value: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>(`form [name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await cfg.settled;
}

/** A page of its own (its own element registry) with `body` as its markup, as a site would serve it. */
function bareFrame(body: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:400px;border:0';
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body>${body}</body></html>`);
  doc.close();
  return frame;
}

function parse(markup: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
}

const TAGS = ['carbon-footprint', 'cluster-compare', 'gpu-cluster-cost', 'inference-energy', 'power-equivalence', 'training-time'];

describe('configurator: form from the manifest', () => {
  it('offers every calculator the manifest describes, and no attribute-less element', async () => {
    expect(calculators(manifest).map((e) => e.tagName).sort()).to.deep.equal(TAGS);
    const { root } = await configurator();
    const options = [...root.querySelectorAll<HTMLOptionElement>('#cfg-tag option')].map((o) => o.value).sort();
    expect(options).to.deep.equal(TAGS);
  });

  it('each calculator’s form has one field per manifest attribute, booleans as checkboxes', async () => {
    const { cfg, root } = await configurator();
    for (const element of calculators(manifest)) {
      await cfg.select(element.tagName!);
      const inputs = [...root.querySelectorAll<HTMLInputElement>('form input')];
      expect(inputs.map((i) => i.name), element.tagName).to.deep.equal(element.attributes!.map((a) => a.name));
      for (const a of element.attributes!) {
        const input = inputs.find((i) => i.name === a.name)!;
        expect(input.type, `${element.tagName} ${a.name}`).to.equal(a.type?.text === 'boolean' ? 'checkbox' : 'text');
        const help = root.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
        expect(help.textContent, a.name).to.equal((a.description ?? '').replace(/`/g, ''));
        expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).to.equal(a.name);
      }
    }
  });

  it('suggests the example values a description quotes', async () => {
    const { root } = await configurator();
    const region = fieldsOf(calculators(manifest).find((e) => e.tagName === 'power-equivalence')!).find((f) => f.name === 'region')!;
    expect(region.suggestions).to.include.members(['us', 'uk', 'de']);
    const list = root.querySelector<HTMLInputElement>('form [name=region]')!.list!;
    expect([...list.options].map((o) => o.value)).to.deep.equal(region.suggestions);
    expect(suggestionsOf('`a`, `b` or `a`')).to.deep.equal(['a', 'b']);
  });

  it('no suggestion is an attribute name: descriptions backtick values only', () => {
    for (const element of calculators(manifest)) {
      const names = element.attributes!.map((a) => a.name);
      for (const f of fieldsOf(element)) {
        expect(f.suggestions.filter((v) => names.includes(v)), `<${element.tagName}> ${f.name}`).to.deep.equal([]);
      }
    }
  });
});

describe('configurator: previews', () => {
  it('typing updates the light and dark previews in place, without reloading', async () => {
    const { cfg, root } = await configurator();
    (window as unknown as { __notReloaded: boolean }).__notReloaded = true;
    const [light, dark] = cfg.previews;
    await type(root, cfg, 'energy', '370 GWh');
    await type(root, cfg, 'claim', 'over 34 million households');
    expect(cfg.previews[0]).to.equal(light);
    expect((window as unknown as { __notReloaded?: boolean }).__notReloaded).to.equal(true);
    for (const el of [light!, dark!]) {
      expect(el.getAttribute('energy')).to.equal('370 GWh');
      expect(el.shadowRoot!.querySelector('[part=verdict]')!.textContent).to.include('1,000 times too high');
    }
    expect(light!.getAttribute('theme')).to.equal('light');
    expect(dark!.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(dark!.shadowRoot!.querySelector('[part=base]')!).backgroundColor).to.equal('rgb(17, 24, 39)');
  });

  it('clearing a field removes the attribute; a checkbox sets a boolean attribute', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'gpus', '50000');
    await type(root, cfg, 'gpus', '');
    const box = root.querySelector<HTMLInputElement>('form [name=interactive]')!;
    box.click();
    await cfg.settled;
    expect(cfg.previews[0]!.hasAttribute('gpus')).to.equal(false);
    expect(cfg.previews[0]!.getAttribute('interactive')).to.equal('');
    expect(cfg.previews[0]!.shadowRoot!.querySelector('[part=controls]')).not.to.equal(null);
    expect(cfg.attrs).to.deep.equal({ interactive: true });
  });

  it('an invalid value shows the element’s own message in the preview, and the snippet still builds', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'gpus', 'lots');
    expect(cfg.previews[0]!.shadowRoot!.querySelector('[part=error]')!.textContent).to.include('gpus');
    expect(cfg.snippets!.script).to.include('gpus="lots"');
    // The defaults' figures must not stand in for readers without JavaScript.
    expect(parse(cfg.snippets!.script).querySelector('power-equivalence')!.textContent).to.equal('');
    expect(root.querySelector('.cfg-status')!.textContent).to.include('invalid');
    for (const bad of BAD_TEXT) expect(Object.values(cfg.snippets!).join('\n')).not.to.include(`>${bad}<`);
  });

  it('switching calculator resets the form and the previews', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'energy', '1 TWh');
    root.querySelector<HTMLSelectElement>('#cfg-tag')!.value = 'training-time';
    root.querySelector('#cfg-tag')!.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 0));
    await cfg.settled;
    expect(cfg.tag).to.equal('training-time');
    expect(cfg.previews.map((p) => p.localName)).to.deep.equal(['training-time', 'training-time']);
    expect(root.querySelector('form [name=flops]')).not.to.equal(null);
    expect(cfg.snippets!.script).to.include('<training-time as-of="2026-12">');
  });

  it('each preview offers SVG, PNG and CSV downloads of itself', async () => {
    const { cfg, root } = await configurator();
    const downloads: string[] = [];
    const grab = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.localName === 'a' && a.download) {
        e.preventDefault();
        downloads.push(`${a.download} ${a.href.slice(0, 5)}`);
      }
    };
    document.addEventListener('click', grab, true);
    try {
      for (const b of root.querySelectorAll<HTMLButtonElement>('.cfg-pane [data-export]')) b.click();
      for (let i = 0; i < 100 && downloads.length < 6; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(downloads.sort()).to.deep.equal([
      'power-equivalence.csv blob:', 'power-equivalence.csv blob:',
      'power-equivalence.png blob:', 'power-equivalence.png blob:',
      'power-equivalence.svg blob:', 'power-equivalence.svg blob:',
    ]);
    expect(cfg.tag).to.equal('power-equivalence');
  });
});

describe('configurator: snippets', () => {
  it('script + tag: the file, the attributes, as-of pinned, and the current sentence inside the tag', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'energy', '370 GWh');
    const frag = parse(cfg.snippets!.script);
    expect(frag.querySelector('script')!.getAttribute('src')).to.equal(`${location.origin}/dist/compute-calc.js`);
    expect(frag.querySelector('script')!.getAttribute('type')).to.equal('module');
    const el = frag.querySelector('power-equivalence')!;
    expect(el.getAttribute('energy')).to.equal('370 GWh');
    expect(el.getAttribute('as-of')).to.equal('2026-12');
    expect(el.textContent).to.equal(cfg.previews[0]!.card!.summary);
    expect(el.textContent).to.include('34,300');
  });

  it('offers the locales, and a German widget’s snippet preloads its catalog beside the library; the preview is in German', async () => {
    const { cfg, root } = await configurator();
    const options = [...root.querySelectorAll<HTMLOptionElement>('#cfg-locale-list option')].map((o) => o.value);
    expect(options).to.include.members(['en', 'de', 'fr', 'es']);
    await type(root, cfg, 'energy', '1,5 TWh');
    await type(root, cfg, 'locale', 'de');
    const scripts = [...parse(cfg.snippets!.script).querySelectorAll('script')].map((s) => s.getAttribute('src'));
    expect(scripts).to.deep.equal([`${location.origin}/dist/locales/de.js`, `${location.origin}/dist/compute-calc.js`]);
    expect(cfg.previews[0]!.card!.summary).to.match(/^1,5\s*TWh Strom sind /);
  });

  it('an author’s own as-of is kept, not replaced', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'as-of', '2026-11');
    expect(cfg.snippets!.script.match(/as-of=/g)!.length).to.equal(1);
  });

  it('every element’s script snippet loads the single file (<inference-energy>: its own file) and the stylesheet', async () => {
    const { cfg } = await configurator();
    for (const tag of TAGS) {
      await cfg.select(tag);
      const doc = parse(cfg.snippets!.script);
      const file = tag === 'inference-energy' ? 'inference-energy.js' : 'compute-calc.js';
      expect(doc.querySelector('script')!.getAttribute('src'), tag).to.equal(`${location.origin}/dist/${file}`);
      expect(doc.querySelector('link[rel=stylesheet]')!.getAttribute('href'), tag).to.equal(`${location.origin}/dist/compute-calc.css`);
    }
  });

  it('dist/compute-calc.js and dist/inference-energy.js register every element the configurator offers', async () => {
    const frame = bareFrame('<script type="module" src="/dist/compute-calc.js"></script><script type="module" src="/dist/inference-energy.js"></script>');
    const registry = frame.contentWindow!.customElements;
    for (let i = 0; i < 200 && !TAGS.every((t) => registry.get(t)); i++) await new Promise((r) => setTimeout(r, 25));
    for (const tag of TAGS) expect(registry.get(tag) !== undefined, tag).to.equal(true);
  });

  it('the pasted script snippet renders the same estimate in a bare page', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'energy', '370 GWh');
    await type(root, cfg, 'claim', 'over 34 million households');
    const doc = bareFrame(cfg.snippets!.script).contentDocument!;
    // The parser may wait for the pasted stylesheet before it reaches the tag.
    const el = () => doc.querySelector('power-equivalence');
    for (let i = 0; i < 200 && !el()?.shadowRoot?.querySelector('[part=headline]'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(getComputedStyle(el()!).minHeight, 'the pasted stylesheet reserves the card’s height').to.not.equal('0px');
    expect(el()!.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal(cfg.previews[0]!.shadowRoot!.querySelector('[part=headline]')!.textContent);
    expect(el()!.shadowRoot!.querySelector('[part=verdict]')!.textContent).to.include('1,000 times too high');
  });

  it('the pasted iframe snippet shows the element with the same attributes and is resized', async () => {
    const { cfg, root } = await configurator();
    await type(root, cfg, 'energy', '370 GWh');
    await type(root, cfg, 'claim', 'say "34 million" & <more>');
    const host = document.createElement('div');
    host.style.width = '600px';
    host.innerHTML = cfg.snippets!.iframe;
    // innerHTML does not run scripts: load the resizer as the host page would.
    const resizer = document.createElement('script');
    resizer.src = host.querySelector('script')!.getAttribute('src')!;
    const frame = host.querySelector('iframe')!;
    expect(frame.getAttribute('title')).to.equal('How much electricity is that?');
    // Lazy: a reader's browser loads it near the viewport. Below this long test page it might never.
    expect(frame.getAttribute('loading')).to.equal('lazy');
    frame.removeAttribute('loading');
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(host, resizer);
    roots.push(host, resizer);
    await loaded;
    // The frame measures itself on rendered frames, which Chromium gives only the page in front.
    await executeServerCommand('bring-to-front');
    const doc = frame.contentDocument!;
    let el: Element | null = null;
    for (let i = 0; i < 400; i++) {
      // Another test file's page may have come to the front meanwhile (they run side by side).
      if (i % 40 === 39) await executeServerCommand('bring-to-front');
      el = doc.querySelector('power-equivalence');
      const fits = Math.abs(frame.getBoundingClientRect().height - doc.documentElement.getBoundingClientRect().height) < 2;
      if (el?.shadowRoot?.querySelector('[part=headline]') && fits) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(el!.getAttribute('energy')).to.equal('370 GWh');
    expect(el!.getAttribute('claim')).to.equal('say "34 million" & <more>');
    expect(el!.getAttribute('as-of')).to.equal('2026-12');
    expect(Math.abs(frame.getBoundingClientRect().height - doc.documentElement.getBoundingClientRect().height)).to.be.lessThan(2);
    // Set by resizer.js from the frame's message, not left at the snippet's initial height.
    expect(frame.style.height).to.equal(`${Math.ceil(doc.documentElement.getBoundingClientRect().height)}px`);
  });

  it('npm: imports an entry the package exports', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const { cfg } = await configurator();
    for (const tag of TAGS) {
      await cfg.select(tag);
      const entry = cfg.snippets!.npm.match(/import '(compute-calc\/[^']+)'/)![1]!;
      expect(Object.keys(pkg.exports), tag).to.include(`./${entry.slice('compute-calc/'.length)}`);
      expect(cfg.snippets!.npm).to.include(`<${tag} as-of="2026-12">`);
    }
  });

  it('newsletter: an image whose alt text is the sentence, and the citation beside it', async () => {
    const { cfg } = await configurator();
    const frag = parse(cfg.snippets!.newsletter);
    const img = frag.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('power-equivalence.png');
    expect(img.getAttribute('alt')).to.equal(cfg.previews[0]!.card!.summary);
    // The width of the PNG the preview exports (at 1×), so the image is shown at its own size.
    expect(Number(img.getAttribute('width'))).to.equal(Number(parse(chartSVG(cfg.previews[0]!)).querySelector('svg')!.getAttribute('width')));
    const caption = frag.querySelector('figcaption')!.textContent!;
    expect(caption.startsWith(cfg.previews[0]!.card!.summary)).to.equal(true);
    expect(caption).to.include('sources:');
  });

  it('attribute values cannot become markup in any snippet', async () => {
    const { cfg, root } = await configurator();
    const payload = '"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    await type(root, cfg, 'claim', payload);
    await type(root, cfg, 'heading', payload);
    for (const [name, text] of Object.entries(cfg.snippets!)) {
      const frag = parse(text);
      expect(frag.querySelectorAll('img:not([src$=".png"])').length, name).to.equal(0);
      expect([...frag.querySelectorAll('script')].every((s) => s.getAttribute('src')), name).to.equal(true);
    }
    expect(parse(cfg.snippets!.script).querySelector('power-equivalence')!.getAttribute('claim')).to.equal(payload);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('each snippet has a copy button that reports what happened', async () => {
    const { root } = await configurator();
    const status = root.querySelector('.cfg-status')!;
    for (const key of ['script', 'iframe', 'npm', 'newsletter', 'summary', 'citation']) {
      status.textContent = '';
      root.querySelector<HTMLButtonElement>(`[data-copy="${key}"]`)!.click();
      for (let i = 0; i < 100 && !status.textContent; i++) await new Promise((r) => setTimeout(r, 10));
      expect(status.textContent, key).to.match(/copied\.$|select the .* and copy it\.$/);
    }
  });
});
