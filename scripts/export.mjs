// `npm run export`: the static export. With no arguments it writes the example pages in
// demo/static/ (the build runs it); with an element it prints that element as HTML:
//
//   npm run export -- backcare-exercise-card exercise=bridge reps=10 --lang es
//   npm run export -- backcare-feeding-guide --mode hydrate --page --out guide.html
//   npm run export -- backcare-warning-signs --csp   (also prints the style-src it needs)
//
// Bad input ends with one line saying what is wrong and what is valid, and exit code 1.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pages } from './static/pages.mjs';
import { filesToPreload } from './preload.mjs';
import { ExportError, renderElement, renderPage, stylePolicy } from './static/render.mjs';

/** The build's preload hints (see scripts/preload.mjs). */
export const preloadHints = (dist = 'dist') =>
  JSON.parse(readFileSync(join(dist, 'preload.json'), 'utf8'));

/**
 * The lazy chunks an exported page that loads `scripts` (its last one the element entry,
 * under `base`) will ask for: the export's first render, the languages and the elements' own.
 */
function preloadFor(hints, scripts, base, { tags, languages }) {
  if (!scripts.length) return [];
  const entry = scripts.at(-1).slice(base.length);
  const files = filesToPreload(hints, entry, { tags, languages, exported: true });
  return files.map((file) => base + file);
}

/** Writes every example page into `dir`, with the preload hints of `dist`'s build. */
export async function writeExamplePages(dir, dist = 'dist') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const hints = preloadHints(dist);
  for (const page of pages) {
    const widgets = [];
    for (const [tag, options] of page.widgets) {
      widgets.push(await renderElement(tag, { ...options, mode: page.mode ?? 'static' }));
    }
    const scripts = page.scripts ?? [];
    const preload = preloadFor(hints, scripts, '../../dist/', {
      tags: page.widgets.map(([tag]) => tag),
      languages: [page.lang, ...page.widgets.map(([, options]) => options.lang)],
    });
    writeFileSync(
      join(dir, page.file),
      renderPage({
        title: page.title,
        lang: page.lang,
        body: widgets.join('\n'),
        scripts,
        preload,
      }),
    );
  }
  return pages.map((page) => page.file);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      mode: { type: 'string', default: 'static' },
      content: { type: 'string', default: '' },
      page: { type: 'boolean', default: false },
      csp: { type: 'boolean', default: false },
      out: { type: 'string' },
      'demo-dir': { type: 'string', default: 'demo/static' },
    },
  });
  const [tag, ...pairs] = positionals;
  if (!tag) {
    const files = await writeExamplePages(values['demo-dir']);
    console.log(`exported ${files.length} pages to ${values['demo-dir']}: ${files.join(', ')}`);
    return;
  }
  const attributes = {};
  for (const pair of pairs) {
    // `name=value`, or a bare `name` for a boolean attribute such as `compact`.
    const at = pair.indexOf('=');
    attributes[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? true : pair.slice(at + 1);
  }
  const { lang, mode, content } = values;
  let html = await renderElement(tag, { attributes, lang, mode, content });
  if (values.page) {
    const scripts = mode === 'hydrate' ? ['dist/hydrate.js', 'dist/backcare.js'] : [];
    const preload = preloadFor(preloadHints('dist'), scripts, 'dist/', {
      tags: [tag],
      languages: [lang],
    });
    html = renderPage({ title: tag, lang, body: html, scripts, preload });
  }
  if (values.out) writeFileSync(values.out, html.endsWith('\n') ? html : `${html}\n`);
  else process.stdout.write(`${html}\n`);
  // On stderr, so the HTML on stdout stays whole: the directive to put in the page's policy.
  if (values.csp) console.error(`export: a strict policy needs ${await stylePolicy(html)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    // Bad input gets its message alone; anything else is a defect and keeps its stack.
    if (!(error instanceof ExportError)) throw error;
    console.error(`export: ${error.message}`);
    process.exitCode = 1;
  });
}
