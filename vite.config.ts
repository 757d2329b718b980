// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { BUNDLES } from './scripts/bundles.mjs';
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

/**
 * The demo is also a hosting kit: it serves (and its build copies) dist/compute-calc.js and the
 * per-element files beside embed.html and resizer.js, so the configurator's snippets point at
 * files that exist. `npm start` builds them first.
 */
function hostedBundles(): Plugin {
  const path = (name: string) => resolve(import.meta.dirname, 'dist', name);
  return {
    name: 'compute-calc:hosted-bundles',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (!BUNDLES.includes(name) || !existsSync(path(name))) return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(path(name)));
      });
    },
    generateBundle() {
      for (const name of BUNDLES) {
        if (existsSync(path(name))) this.emitFile({ type: 'asset', fileName: name, source: readFileSync(path(name)) });
        else this.warn(`dist/${name} is missing, so the built demo's snippets point at a file it lacks: run \`node scripts/build.mjs --bundle-only\` first`);
      }
    },
  };
}

// `vite` serves the demo (gallery and seed article) from demo/.
// `vite build --mode lib` writes dist/compute-calc.js: one minified, self-contained ES module
// that registers every element, for sites that host a single file.
// CC_ELEMENT=<tag> builds dist/<tag>.js instead: that one element, self-contained, for the
// calculators the single file does not register yet.
const element = process.env.CC_ELEMENT;
const entry = element ? `src/components/${element}/${element}.ts` : 'src/index.ts';
const file = element ? `${element}.js` : 'compute-calc.js';

export default defineConfig(({ mode }) =>
  mode === 'lib'
    ? {
        resolve: {
          alias: {
            'd3-interpolate': resolve(import.meta.dirname, 'scripts/bundle-shims/d3-interpolate.js'),
            'd3-format': resolve(import.meta.dirname, 'scripts/bundle-shims/d3-format.js'),
          },
        },
        plugins: [minifyTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          minify: true,
          sourcemap: false,
          lib: { entry: resolve(import.meta.dirname, entry), formats: ['es'], fileName: () => file },
          rollupOptions: { output: { codeSplitting: false } },
        },
      }
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
              embed: resolve(import.meta.dirname, 'demo/embed.html'),
            },
          },
        },
      },
);
