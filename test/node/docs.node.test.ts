// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// The README's generated reference (scripts/docs.mjs) must match the JSDoc in src/, and the check
// must be able to fail: a changed manifest or a hand-edited block is reported by name. The script
// runs as authors run it, in a child process; scripts/test.mjs runs this file with `node --test`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';

interface Attribute { name: string; description?: string; inheritedFrom?: { name: string } }
interface Member { kind: string; name: string; static?: boolean; readonly?: boolean; privacy?: string; attribute?: string; inheritedFrom?: { name: string } }
interface Declaration { kind: string; name: string; tagName?: string; attributes?: Attribute[]; members?: Member[] }
interface Manifest { modules: { path: string; declarations?: Declaration[] }[] }

const root = resolve(process.cwd());
const scratch = mkdtempSync(join(tmpdir(), 'compute-calc-docs-'));
const readmeText = readFileSync(join(root, 'README.md'), 'utf8');
let manifest: Manifest;

function docs(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'docs.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Writes a copy of the manifest, changed by `change`, and returns its path. */
function manifestFile(name: string, change: (m: Manifest) => void = () => {}): string {
  const copy = structuredClone(manifest);
  change(copy);
  const file = join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(copy));
  return file;
}

function readmeFile(name: string, text = readmeText): string {
  const file = join(scratch, `${name}.md`);
  writeFileSync(file, text);
  return file;
}

const element = (m: Manifest, tag: string) => m.modules.flatMap((x) => x.declarations ?? []).find((d) => d.tagName === tag)!;

before(async () => {
  // The manifest the analyzer builds from src/ with the project's config, as scripts/docs.mjs builds it.
  const url = pathToFileURL(join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cli.js')).href;
  const { cli } = (await import(url)) as { cli: (o: object) => Promise<Manifest> };
  manifest = await cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('README.md matches the manifest built from the JSDoc in src/ (node scripts/docs.mjs --check)', () => {
  const r = docs('--check');
  assert.equal(r.code, 0, r.out);
  for (const tag of ['power-equivalence', 'gpu-cluster-cost', 'training-time', 'carbon-footprint', 'cluster-compare', 'common', 'styling']) {
    assert.match(readmeText, new RegExp(`<!-- api:${tag}:start -->[^]*?<!-- api:${tag}:end -->`), `README has the api:${tag} block`);
  }
});

test('the same manifest given as a file passes too, in any module order (the output is deterministic)', () => {
  assert.equal(docs('--check', '--manifest', manifestFile('same')).code, 0);
  const r = docs('--check', '--manifest', manifestFile('reversed', (m) => m.modules.reverse()));
  assert.equal(r.code, 0, r.out);
});

test('a changed description fails the check, naming the block and the README line', () => {
  const file = manifestFile('changed', (m) => {
    const region = element(m, 'power-equivalence').attributes!.find((a) => a.name === 'region')!;
    region.description = 'Region, now described differently. Default: `us`.';
  });
  const r = docs('--check', '--manifest', file);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /api:power-equivalence is out of date, line \d+: README has "\| `region` \|/);
  assert.match(r.out, /node scripts\/docs\.mjs/);
  assert.doesNotMatch(r.out, /api:(gpu-cluster-cost|training-time|carbon-footprint|cluster-compare|common|styling)\b/);
});

test('a new attribute or a changed shared one fails the check in the right block', () => {
  const added = docs('--check', '--manifest', manifestFile('added', (m) => {
    element(m, 'carbon-footprint').attributes!.push({ name: 'scope', description: 'Scope 2 only.' });
  }));
  assert.equal(added.code, 1, added.out);
  assert.match(added.out, /api:carbon-footprint is out of date/);
  // A shared attribute's text lives in the class every element inherits it from.
  const shared = docs('--check', '--manifest', manifestFile('shared', (m) => {
    const base = m.modules.flatMap((x) => x.declarations ?? []).find((d) => d.name === 'ClusterElement')!;
    base.attributes!.find((a) => a.name === 'pue')!.description = 'PUE, reworded.';
  }));
  assert.equal(shared.code, 1, shared.out);
  assert.match(shared.out, /api:common is out of date/);
});

test('rewriting puts a mutated manifest in, escaping | in tables and < outside code, and changes nothing else', () => {
  const file = manifestFile('pipes', (m) => {
    const region = element(m, 'power-equivalence').attributes!.find((a) => a.name === 'region')!;
    region.description = 'Region a|b or `us|uk`, not <b>bold</b>. Default: `us`.';
  });
  const readme = readmeFile('rewrite');
  const r = docs('--manifest', file, '--readme', readme);
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /rewrote api:power-equivalence in/);
  const after = readFileSync(readme, 'utf8');
  const before = readmeText.split('\n');
  const changed = after.split('\n').filter((line, i) => line !== before[i]);
  assert.equal(after.split('\n').length, before.length);
  assert.deepEqual(changed, ['| `region` | `region` | Region a\\|b or `us\\|uk`, not &lt;b>bold&lt;/b>. | `us` |']);
  // Now the README matches that manifest, and a second run changes nothing.
  assert.equal(docs('--check', '--manifest', file, '--readme', readme).code, 0);
  assert.match(docs('--manifest', file, '--readme', readme).out, /was up to date/);
  assert.equal(readFileSync(readme, 'utf8'), after);
});

test('a hand-edited, missing, unknown or broken block fails the check by name', () => {
  const m = manifestFile('base');
  const edited = readmeText.replace(/^\| `scope` \| `scope` \| (.*) \| `chips` \|$/m, '| `scope` | `scope` | $1 | `servers` |');
  assert.notEqual(edited, readmeText);
  let r = docs('--check', '--manifest', m, '--readme', readmeFile('edited', edited));
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /api:gpu-cluster-cost is out of date, line \d+: README has ".*`servers`/);

  const missing = readmeText.replace(/<!-- api:training-time:start -->[^]*?<!-- api:training-time:end -->\n/, '');
  r = docs('--check', '--manifest', m, '--readme', readmeFile('missing', missing));
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /api:training-time is missing/);
  // Rewriting cannot guess where a missing block belongs: it refuses rather than dropping it.
  r = docs('--manifest', m, '--readme', readmeFile('missing-write', missing));
  assert.equal(r.code, 1, r.out);

  r = docs('--check', '--manifest', m, '--readme', readmeFile('unknown', `${readmeText}\n<!-- api:no-such-element:start -->\n<!-- api:no-such-element:end -->\n`));
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /api:no-such-element \(line \d+\) names nothing/);

  r = docs('--check', '--manifest', m, '--readme', readmeFile('unclosed', readmeText.replace('<!-- api:styling:end -->\n', '')));
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /api:styling:start is never closed/);
});

// Elements declare their reactive properties in a static map beside the documented fields
// (calc-element.ts says why): a field written without its entry would be documented but not an
// attribute, and a state with one would be listed as an attribute.
test('every public field an element documents is an attribute from its static properties, and no internal state is one', () => {
  const loose: string[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      for (const m of d.members ?? []) {
        if (m.kind !== 'field' || m.static || m.readonly || m.inheritedFrom || (m.privacy ?? 'public') !== 'public' || m.name.startsWith('_')) continue;
        if (!m.attribute) loose.push(`${d.name}.${m.name} has no attribute`);
      }
      for (const a of d.attributes ?? []) if (a.name.startsWith('_')) loose.push(`${d.name} lists the state ${a.name} as an attribute`);
    }
  }
  assert.deepEqual(loose, []);
});
