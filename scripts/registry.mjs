// The element registry (src/registry.ts) as the build, the checks and the benchmark read it,
// and the files generated from it.
import { importTs } from './load-ts.mjs';

/** Every registered element: its tag, folder, reserved heights and fixtures. */
export async function loadElements() {
  const { elements } = await importTs('src/registry.ts');
  return elements.map((entry) => ({ ...entry, folder: entry.tag.replace(/^backcare-/, '') }));
}

const generatedNote =
  '// Generated from src/registry.ts by `npm run build`; edit the registry, not this file.\n';

/** src/backcare.ts: the entry that defines every element. */
export function backcareEntry(elements) {
  return `${generatedNote}/**
 * Defines every backcare element. Load it with
 * \`<script type="module" src="…/dist/backcare.js"></script>\`.
 */
${elements.map((e) => `export * from './${e.folder}/define.js';`).join('\n')}
export { version } from './shared/version.js';
`;
}

/** dist/backcare.css: each element's reserved height while it is not yet defined. */
export function reservationStyles(elements) {
  const rules = elements.flatMap((e) =>
    Object.entries(e.reserve).map(([variant, height]) => {
      const display = variant === '' ? '  display: block;\n' : '';
      return `${e.tag}${variant}:not(:defined) {\n${display}  min-height: ${height};\n}\n`;
    }),
  );
  return `/*
 * Optional: link this stylesheet in the page's <head> so each widget reserves its space
 * before the script has run, and the page does not jump when the widgets appear.
 * <link rel="stylesheet" href=".../dist/backcare.css">
 * Generated from src/registry.ts.
 */
${rules.join('\n')}`;
}
