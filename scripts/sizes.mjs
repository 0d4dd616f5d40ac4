// Measures what a page downloads for each dist entry: the entry plus every module it imports
// statically, and each lazily loaded chunk (a locale, the routine's session) with what it adds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
export const budgets = {
  'dist/backcare.js': 28 * KB,
  // Each element's file within half a kilobyte or so of what it weighs now, so that growing
  // one is a decision made in review, not a drift. The checklist carries the whole
  // warning-signs card inside it (about 2 KB), and its rendering for pages without script.
  'dist/elements/exercise-card.js': 14 * KB,
  'dist/elements/feeding-guide.js': 14 * KB,
  'dist/elements/lifting-tips.js': 12.5 * KB,
  'dist/elements/pt-checklist.js': 16 * KB,
  'dist/elements/routine.js': 13 * KB,
  'dist/elements/warning-signs.js': 11 * KB,
  'dist/elements/why-it-hurts.js': 12.5 * KB,
  // An element added later, until it is given its own.
  element: 14 * KB,
  locale: 8 * KB,
  // One element's part of a language, which its own file fetches (the largest, the routine
  // with the exercises it lists, is under 2.8 KB).
  elementLocale: 3 * KB,
  // The React wrappers themselves; React, @lit/react and the elements come on top.
  'dist/react.js (wrappers only)': 2 * KB,
  // Hydration for exported pages, only on pages that load it: its own lit-html and Lit's
  // hydration code.
  'dist/hydrate.js': 5 * KB,
  // What a widget does before its first render on an exported page, loaded only there.
  'dist/chunks/exported.js (lazy)': 0.5 * KB,
};

const staticImport =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const dynamicImport = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function importsOf(file, pattern) {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(pattern)].map((m) => join(dirname(file), m[1]));
}

/** The file and everything it imports statically, each once. */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    importsOf(file, staticImport).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

function bytes(files) {
  // Each file is compressed on its own, as a server sends it.
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const content = readFileSync(file);
    total.raw += content.length;
    total.gzip += gzipSync(content, { level: 9 }).length;
    total.brotli += brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
}

/** One row per entry and per lazy chunk: name, files, raw, gzip, brotli, budget. */
export function measure(dist = 'dist') {
  const entries = [
    `${dist}/backcare.js`,
    ...readdirSync(`${dist}/elements`)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((f) => `${dist}/elements/${f}`),
  ];
  // Each lazy chunk, with what every entry that loads it has already loaded by then.
  const lazy = new Map();
  for (const entry of entries) {
    const loaded = closure(entry);
    for (const file of loaded) {
      for (const chunk of importsOf(file, dynamicImport)) {
        const before = lazy.get(chunk);
        lazy.set(chunk, before ? before.filter((f) => loaded.includes(f)) : loaded);
      }
    }
  }
  const rows = entries.map((entry) => {
    const files = closure(entry);
    return {
      name: entry,
      files: files.length,
      ...bytes(files),
      budget: budgets[entry] ?? budgets.element,
    };
  });
  // The wrappers are counted alone: what they add to a React app that loads the elements.
  const react = `${dist}/react.js`;
  if (existsSync(react)) {
    rows.push({
      name: `${relative('.', react)} (wrappers only)`,
      files: 1,
      ...bytes([react]),
      budget: budgets['dist/react.js (wrappers only)'],
    });
  }
  const hydrate = `${dist}/hydrate.js`;
  if (existsSync(hydrate)) {
    rows.push({
      name: relative('.', hydrate),
      files: closure(hydrate).length,
      ...bytes(closure(hydrate)),
      budget: budgets['dist/hydrate.js'],
    });
  }
  // A lazy chunk costs what it brings beyond what is on the page already: itself and the
  // chunks it imports that its importers have not loaded (a locale imports nothing).
  for (const [chunk, loaded] of [...lazy].sort(([a], [b]) => a.localeCompare(b))) {
    if (!existsSync(chunk)) throw new Error(`lazy chunk ${chunk} is missing`);
    const files = closure(chunk).filter((file) => !loaded.includes(file));
    const name = `${relative('.', chunk)} (lazy)`;
    rows.push({
      name,
      files: files.length,
      ...bytes(files),
      budget:
        budgets[name] ??
        (/\/chunks\/(?!backcare\/)[a-z-]+\/locale-/.test(name)
          ? budgets.elementLocale
          : budgets.locale),
    });
  }
  return rows;
}

/** Prints rows as an aligned text table. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ');
  console.log(line(header));
  rows.forEach((r) => console.log(line(r)));
}
