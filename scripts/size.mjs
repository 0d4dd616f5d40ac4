// Prints raw, gzip and brotli bytes of every dist entry together with every module it
// imports statically (what a page actually downloads), and of each lazily loaded locale
// chunk; exits non-zero when a budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const KB = 1024;
const budgets = {
  'dist/backcare.js': 40 * KB,
  element: 14 * KB,
  locale: 8 * KB,
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

function sizes(files) {
  // Each file is compressed on its own, as a server sends it.
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return { raw, gzip, brotli };
}

const entries = [
  'dist/backcare.js',
  ...readdirSync('dist/elements')
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => `dist/elements/${f}`),
];
const lazyChunks = new Set();
for (const entry of entries) {
  for (const file of closure(entry))
    importsOf(file, dynamicImport).forEach((f) => lazyChunks.add(f));
}

const rows = [];
let failures = 0;
const check = (name, files, budget) => {
  const s = sizes(files);
  const ok = s.brotli <= budget;
  if (!ok) failures++;
  rows.push([name, files.length, s.raw, s.gzip, s.brotli, budget, ok ? 'ok' : 'OVER BUDGET']);
};
for (const entry of entries) {
  check(entry, closure(entry), budgets[entry] ?? budgets.element);
}
for (const chunk of [...lazyChunks].sort()) {
  if (!existsSync(chunk)) throw new Error(`lazy chunk ${chunk} is missing`);
  check(`${relative('.', chunk)} (lazy)`, closure(chunk), budgets.locale);
}

const header = [
  'entry (with all it imports)',
  'files',
  'raw B',
  'gzip B',
  'brotli B',
  'budget B',
  '',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
    .join('  ');
console.log(line(header));
rows.forEach((r) => console.log(line(r)));
if (failures) {
  console.error(`size check: ${failures} over budget`);
  process.exit(1);
}
console.log('size check: every entry within budget');
