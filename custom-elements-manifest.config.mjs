// Custom Elements Manifest for editors, Storybook and the README's attribute tables.
export default {
  globs: ['src/components/**/*.ts', 'src/internal/calc-element.ts', 'src/internal/input-elements.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The base class dispatches EstimateChangeEvent, which the analyzer lists as an event
      // without a name beside the documented `estimate-change` (@fires); drop the nameless copy.
      name: 'compute-calc:named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name);
          }
        }
      },
    },
    {
      // Reactive states (`_overrides: { state: true }` in the static properties) have no
      // attribute, but the analyzer lists them as attributes; they are internal.
      name: 'compute-calc:states-are-not-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
            for (const m of d.members ?? []) if (m.name.startsWith('_')) delete m.attribute;
          }
        }
      },
    },
  ],
};
