// SPDX-License-Identifier: MIT
// Copyright (c) 2026 compute-calc contributors

// Storybook for the elements: every CSF file in stories/, rendered by the web-components renderer
// on Vite. `npm run storybook` serves it on 127.0.0.1:6006, `npm run build-storybook` writes
// storybook-static/. Nothing here reaches the network: telemetry is off, the scripts pass
// --no-version-updates, and the dev server's "What's new" look-up is answered locally.
import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA } from 'storybook/internal/core-events';
import type { InlineConfig, Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');

/**
 * package.json's `sideEffects` lists only dist/ files (what consumers tree-shake), so a production
 * build treats src/ as side-effect free and drops the stories' bare `import '../src/components/…'`,
 * which is what registers each element: the built Storybook would render undefined, empty tags.
 * Every module under src/ may register an element; keep them.
 */
function elementsHaveSideEffects(): Plugin {
  const src = `${root}/src/`;
  return {
    name: 'compute-calc:src-has-side-effects',
    transform(code, id) {
      return id.startsWith(src) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

interface ServerChannel {
  removeAllListeners(event?: string): void;
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
}

const config: StorybookConfig & { experimental_serverChannel?: (channel: ServerChannel) => Promise<ServerChannel> } = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  // The dev server's "Get started" checklist walks a new Storybook user through the Storybook site.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },

  // The dev server fetches a "What's new" post from the Storybook site whenever the manager asks,
  // whatever disableWhatsNewNotifications says. Answer with "no post" instead.
  experimental_serverChannel: async (channel) => {
    channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
    channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, { data: { status: 'ERROR' } }));
    return channel;
  },

  // Storybook merges the project's vite.config.ts, whose default branch serves the demo from demo/
  // and whose `lib` mode builds the single-file bundle. None of that applies here: serve from the
  // project root, and drop any library entry or page inputs (Storybook's own plugin sets the
  // iframe.html input later, in its config hook).
  viteFinal: async (vite: InlineConfig) => {
    const { preview: _preview, ...rest } = vite;
    const build = { ...rest.build } as Record<string, unknown>;
    delete build.lib;
    for (const key of ['rollupOptions', 'rolldownOptions']) {
      const options = build[key] as Record<string, unknown> | undefined;
      if (options && 'input' in options) {
        const { input: _input, ...kept } = options;
        build[key] = kept;
      }
    }
    // In the dev server, the renderer's own `lit/directive-helpers.js` would otherwise be served
    // unbundled next to the pre-bundled `lit` the elements import: two lit-html copies ("Multiple
    // versions of Lit loaded") and a reload when the optimizer finds these on the first visit.
    const optimizeDeps = {
      ...rest.optimizeDeps,
      include: [...(rest.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'd3-scale', 'd3-shape'],
    };
    // The demo's hosting kit (vite.config.ts) copies dist/ bundles into its build; Storybook's is not one.
    const isHostedBundles = (p: unknown) => !!p && typeof p === 'object' && (p as { name?: string }).name === 'compute-calc:hosted-bundles';
    const plugins = (rest.plugins ?? []).flat().filter((p) => !isHostedBundles(p));
    return { ...rest, root, build, optimizeDeps, plugins: [...plugins, elementsHaveSideEffects()] };
  },
};

export default config;
