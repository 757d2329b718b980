// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { ELEMENTS, EMBED, HOSTED } from './scripts/bundles.mjs';
import { minifyTemplates as minifyLitTemplates } from './scripts/minify-templates.mjs';

/** Minifies the static text of Lit's templates in the bundle (scripts/minify-templates.mjs). */
function minifyTemplates(): Plugin {
  return {
    name: 'compute-calc:minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      return { code: minifyLitTemplates(code), map: null };
    },
  };
}

/** d3-scale's tickFormat (and d3-format behind it) replaced by scripts/bundle-shims/d3-scale-tick-format.js. */
function tickFormatShim(): Plugin {
  return {
    name: 'compute-calc:tick-format-shim',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './tickFormat.js' && importer?.includes('/d3-scale/') ? resolve(import.meta.dirname, 'scripts/bundle-shims/d3-scale-tick-format.js') : null;
    },
  };
}

/**
 * The demo is also a hosting kit: it serves (and its build copies) the hosted files from dist/
 * (compute-calc.js, the stylesheet, the per-element set and its chunks), so its pages load what a
 * site hosts and the configurator's snippets point at files that exist. `npm start` builds them first.
 */
function hostedBundles(): Plugin {
  const dist = resolve(import.meta.dirname, 'dist');
  // The embed's own page and script are the demo's (demo/embed.html, built by Vite like the others).
  const names = () => [...HOSTED.filter((f) => !EMBED.includes(f)), ...(existsSync(resolve(dist, 'chunks')) ? readdirSync(resolve(dist, 'chunks')).map((f) => `chunks/${f}`) : [])];
  return {
    name: 'compute-calc:hosted-bundles',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!names().includes(name) || !existsSync(resolve(dist, name))) return next();
        res.setHeader('Content-Type', name.endsWith('.css') ? 'text/css' : 'text/javascript');
        res.end(readFileSync(resolve(dist, name)));
      });
    },
    generateBundle() {
      for (const name of names()) {
        if (existsSync(resolve(dist, name))) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(resolve(dist, name)) });
        else this.warn(`dist/${name} is missing, so the built demo points at a file it lacks: run \`node scripts/build.mjs --bundle-only\` first`);
      }
    },
  };
}

// `vite` serves the demo (gallery and seed article) from demo/.
// `vite build --mode lib` writes dist/compute-calc.js: one minified, self-contained ES module
// that registers the five cluster calculators (src/calculators.ts), for sites that host a single file.
// `vite build --mode elements` writes dist/<tag>.js for each element, sharing Lit, the core and the
// card in dist/chunks/: a page that uses one calculator loads that one, and a page with several
// loads the shared code once. Chunks are imported by relative address, so the set works from any
// folder of a static host or a CDN.
const src = (path: string) => resolve(import.meta.dirname, 'src', path);

/** What both hosted builds share: number-only d3 stand-ins, minified templates, one output folder. */
const hosted = (lib: NonNullable<UserConfig['build']>['lib'], output: object, locales: string): UserConfig => ({
  // Where src/i18n/load.ts finds dist/locales/ from the script it ends up in.
  define: { __CC_LOCALES__: JSON.stringify(locales) },
  resolve: {
    alias: {
      'd3-interpolate': resolve(import.meta.dirname, 'scripts/bundle-shims/d3-interpolate.js'),
      'd3-format': resolve(import.meta.dirname, 'scripts/bundle-shims/d3-format.js'),
    },
  },
  plugins: [minifyTemplates(), tickFormatShim()],
  build: { outDir: 'dist', emptyOutDir: false, target: 'es2021', minify: true, sourcemap: false, lib, rollupOptions: { output } },
});

export default defineConfig(({ mode }) =>
  mode === 'lib'
    ? hosted({ entry: src('calculators.ts'), formats: ['es'], fileName: () => 'compute-calc.js' }, { codeSplitting: false }, './locales/')
    : mode === 'elements'
      ? hosted(
          { entry: Object.fromEntries(ELEMENTS.map((tag) => [tag, src(`components/${tag}/${tag}.ts`)])), formats: ['es'], fileName: (_format, name) => `${name}.js` },
          { chunkFileNames: 'chunks/[name]-[hash].js' },
          '../locales/',
        )
      : {
          root: 'demo',
          // Relative addresses, so the built demo works from any folder of a site.
          base: './',
          plugins: [hostedBundles()],
          server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
          preview: { host: '127.0.0.1', port: 4173 },
          build: {
            outDir: '../dist/demo',
            emptyOutDir: true,
            rollupOptions: {
              input: {
                index: resolve(import.meta.dirname, 'demo/index.html'),
                article: resolve(import.meta.dirname, 'demo/article.html'),
                configurator: resolve(import.meta.dirname, 'demo/configurator.html'),
                check: resolve(import.meta.dirname, 'demo/check.html'),
                embed: resolve(import.meta.dirname, 'demo/embed.html'),
              },
            },
          },
        },
);
