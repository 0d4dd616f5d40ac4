// `npm run bench`: sizes, render time against a no-library baseline, layout shift and memory,
// measured in headless Chromium (Debian's). Prints a table of medians; not a pass/fail test.
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { startStaticServer } from './static-server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { loadElements } from './registry.mjs';
import { filesToPreload, preloadLinks } from './preload.mjs';
import { preloadHints } from './export.mjs';
import { measure, printTable } from './sizes.mjs';
import { paintBench, pairedSpread } from './bench-paint.mjs';
import { networkBench } from './bench-network.mjs';
import {
  layoutShiftOf,
  shiftBench,
  shiftLanguages,
  shiftViewports,
  trackLayoutShift,
} from './bench-shift.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { heapByKind, heapChange } from './heap-kinds.mjs';

const runs = Number(process.env.RUNS ?? 15);
const count = 100;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

console.log('\nBytes of each entry with everything it imports (brotli quality 11, per file)');
printTable(
  ['entry', 'raw B', 'gzip B', 'brotli B', 'budget B', 'of budget'],
  measure().map((r) => [
    r.name,
    r.raw,
    r.gzip,
    r.brotli,
    r.budget,
    `${Math.round((100 * r.brotli) / r.budget)}%`,
  ]),
);

// The widget mix comes from the registry's fixtures; the pages read it as plain JavaScript.
const elements = await loadElements();
const fixtures = elements.flatMap(({ tag, fixtures }) =>
  fixtures.map((attributes) => ({ tag, attributes })),
);
writeFileSync('bench/.fixtures.js', `export const fixtures = ${JSON.stringify(fixtures)};\n`);

const { server, origin } = await startStaticServer();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});

/**
 * Opens `path` in a fresh browser context (nothing cached from an earlier load), waits for
 * the page to set `window.benchResult`, and returns it. `cold`: the browser cache is off as
 * well; `network`: the network conditions to emulate.
 */
async function benchResultOf(path, { cold = false, network, timeout = 60000 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const p = await context.newPage();
    if (cold) await p.setCacheEnabled(false);
    if (network) await p.emulateNetworkConditions(network);
    await p.goto(`${origin}/${path}`);
    await p.waitForFunction(() => window.benchResult, { timeout });
    return await p.evaluate(() => window.benchResult);
  } finally {
    await context.close();
  }
}

try {
  // 1. Snapshot what the library renders, so the baseline builds exactly the same DOM.
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/widgets.html?n=${count}`);
  await page.waitForFunction(() => window.benchResult);
  const snapshot = await page.evaluate(() => {
    const styles = [];
    const widgets = [...document.body.children].map((el) => {
      const ids = el.shadowRoot.adoptedStyleSheets.map((sheet) => {
        const css = [...sheet.cssRules].map((r) => r.cssText).join('\n');
        if (!styles.includes(css)) styles.push(css);
        return styles.indexOf(css);
      });
      // Lit's markers are comments; the hand-built floor needs none of them.
      const html = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
      return { tag: el.localName, html, styles: ids };
    });
    return { styles, widgets };
  });
  writeFileSync('bench/.snapshot.js', `export const snapshot = ${JSON.stringify(snapshot)};\n`);
  await page.close();

  // 2. First render, library against baseline, alternating so drift hits both equally, with
  // the modules loaded on the clock (cold).
  const times = { widgets: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of Object.keys(times)) {
      const { ms, count: rendered } = await benchResultOf(`bench/${kind}.html?n=${count}`, {
        cold: true,
        timeout: 30000,
      });
      if (rendered !== count) throw new Error(`${kind} rendered ${rendered}, not ${count}`);
      times[kind].push(ms);
    }
  }

  // 2b. The same, modules loaded: rounds on one page (see render-warm.js), a few pages.
  const warmRuns = [];
  for (let i = 0; i < Math.min(runs, 5); i++) warmRuns.push(await benchResultOf('bench/warm.html'));

  // 3. Layout shift of a page using the README's recommended snippet, and of the demo.
  const shifts = { 'bench/cls.html': [], 'demo/index.html': [] };
  for (const path of Object.keys(shifts)) {
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const p = await browser.newPage();
      await p.setViewport({ width: 1280, height: 900 });
      await trackLayoutShift(p);
      await p.goto(`${origin}/${path}`, { waitUntil: 'networkidle0' });
      await new Promise((r) => setTimeout(r, 500));
      shifts[path].push(await layoutShiftOf(p));
      await p.close();
    }
  }

  // 3b. Each widget alone in an article, its place held by backcare.css, without
  // blocking="render": how far the article's text moves when it appears (bench-shift.mjs).
  const shiftRuns = Math.min(runs, 3);
  const widgetShifts = await shiftBench(browser, origin, elements, shiftRuns);

  // 4. A blogger's card on a page in Spanish from the start, over a phone's network (Fast
  // 4G: 165 ms latency): what shows while the card's Spanish loads, and how long, with and
  // without the preload line. The preloaded page is the plain one with the line the embed
  // builder writes for it, from the build's hints.
  const spanishFiles = filesToPreload(preloadHints(), 'elements/exercise-card.js', {
    languages: ['es'],
  });
  const plainSpanish = readFileSync('bench/spanish.html', 'utf8');
  writeFileSync(
    'bench/.spanish-preloaded.html',
    plainSpanish.replace(
      '</title>',
      `</title>\n    ${preloadLinks(spanishFiles, '/dist/').join('\n    ')}`,
    ),
  );
  const spanish = { 'spanish.html': [], '.spanish-preloaded.html': [] };
  let shown = new Set();
  for (let i = 0; i < runs; i++) {
    for (const file of Object.keys(spanish)) {
      const result = await benchResultOf(`bench/${file}`, {
        cold: true,
        network: PredefinedNetworkConditions['Fast 4G'],
        timeout: 30000,
      });
      spanish[file].push(result.ms);
      shown = new Set([...shown, ...result.seen]);
    }
  }

  // 5. Navigation to painted, 4× slower CPU: a blogger's card and a clinic's page, against
  // the same widgets as static declarative shadow DOM.
  const paintRuns = Math.min(runs, 9);
  const { rows: paint, exported } = await paintBench(browser, origin, paintRuns, median);
  // 5b. A blogger's card and a clinic's widgets in a long page over a slow phone network,
  // three ways each (bench-network.mjs).
  const networkRuns = Math.min(runs, 7);
  const network = await networkBench(browser, origin, networkRuns, median);

  // 6. Lighthouse's accessibility and best-practices audits of the demo pages.
  const audits = await lighthouseScores(origin);

  // 7. The drawings: widgets that show one, and the drawings alone (see render-drawings.js).
  const drawingRuns = [];
  for (let i = 0; i < Math.min(runs, 5); i++) {
    drawingRuns.push(await benchResultOf('bench/drawings.html'));
  }

  // 8. Memory: heap after 100 widgets, and after removing them all.
  const memoryPage = await browser.newPage();
  const cdp = await memoryPage.createCDPSession();
  const heap = async () => {
    await memoryPage.evaluate(() => window.gc());
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await memoryPage.goto(`${origin}/bench/widgets.html?n=0`);
  await memoryPage.waitForFunction(() => window.benchResult);
  await memoryPage.evaluate(() => import('/dist/backcare.js'));
  const empty = await heap();
  const emptyKinds = await heapByKind(cdp);
  const mount = (n) =>
    memoryPage.evaluate(async (n) => {
      const { mountWidgets, widgetMix } = await import('/bench/mix.js');
      await mountWidgets(widgetMix(n));
    }, n);
  // First every fixture once: what stays after that is kept per kind of widget, not per
  // widget (Lit's prepared templates, the constructed style sheets, the formatters).
  await mount(fixtures.length);
  await memoryPage.evaluate(() => document.body.replaceChildren());
  const warm = await heap();
  const warmKinds = await heapByKind(cdp);
  const heaps = [];
  for (let round = 0; round < 10; round++) {
    await mount(count);
    const full = await heap();
    await memoryPage.evaluate(() => document.body.replaceChildren());
    heaps.push({ full, cleared: await heap() });
  }
  // What the heap holds beyond one of each after the ten rounds, by kind, from snapshots.
  await heap();
  const afterKinds = await heapByKind(cdp);
  const stays = heapChange(warmKinds, afterKinds);
  const perKind = new Map(heapChange(emptyKinds, warmKinds));

  const ours = median(times.widgets);
  const floor = median(times.baseline);
  const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
  console.log(
    `\nFirst render of ${count} mixed widgets, median of ${runs} cold loads (module start to painted)`,
  );
  printTable(
    ['page', 'median ms', 'min ms', 'max ms'],
    [
      [
        'library (dist/backcare.js)',
        ours.toFixed(1),
        Math.min(...times.widgets).toFixed(1),
        Math.max(...times.widgets).toFixed(1),
      ],
      [
        'baseline (same DOM by hand)',
        floor.toFixed(1),
        Math.min(...times.baseline).toFixed(1),
        Math.max(...times.baseline).toFixed(1),
      ],
    ],
  );
  // The baseline alone moves by a third between loads on a busy machine, so each library
  // load is also set against the baseline load beside it.
  console.log(
    `ratio library / baseline: ${(ours / floor).toFixed(2)} (each load against the baseline's beside it, middle half: ${pairedSpread(times.widgets, times.baseline)}; target ≤ 1.5)`,
  );
  const warmMs = (key) => median(warmRuns.map((r) => r[key]));
  const [warmOf] = warmRuns;
  console.log(
    `\nModules already loaded, rendering only (median of ${warmRuns.length} pages, each its best of ${warmOf.rounds} rounds; target ≤ 1.05):`,
  );
  printTable(
    ['render', 'library ms', 'by hand ms', 'library / by hand'],
    [
      ['first on the page (Lit prepares its templates)', warmMs('first'), warmMs('byHand')],
      ['every later one', warmMs('library'), warmMs('byHand')],
    ].map(([what, ours, theirs]) => [
      what,
      ours.toFixed(1),
      theirs.toFixed(1),
      (ours / theirs).toFixed(2),
    ]),
  );
  console.log('\nLayout shift (cumulative layout shift score; target 0)');
  printTable(
    ['page', 'median CLS', 'max CLS'],
    Object.entries(shifts).map(([path, values]) => [
      path,
      median(values).toFixed(4),
      Math.max(...values).toFixed(4),
    ]),
  );
  console.log(
    `\nOne widget in an article, its place held by dist/backcare.css, no blocking="render", Fast 4G: layout shift when it appears (the largest of ${shiftRuns} loads; target 0, "good" below 0.1)`,
  );
  printTable(
    [
      'widget',
      ...shiftLanguages.flatMap((lang) =>
        shiftViewports.map(([width, height]) => `${lang} ${width} × ${height}`),
      ),
    ],
    widgetShifts,
  );
  console.log(
    `\nSpanish page from the start, Fast 4G network, navigation to the card drawn in Spanish (median of ${runs}): ${median(spanish['spanish.html']).toFixed(0)} ms with the script tag alone, ${median(spanish['.spanish-preloaded.html']).toFixed(0)} ms with the chunk's preload line; headings seen on the way: ${[...shown].join(' → ')}`,
  );
  console.log(
    `\nNavigation to painted, CPU 4× slower, median of ${paintRuns} fresh loads (library: the README's snippet, one script tag)`,
  );
  printTable(
    [
      'page',
      'library ms',
      'static ms',
      'library / static (middle half of pairs)',
      'target',
      'main thread busy, library ms',
      'static ms',
      'library / static (middle half of pairs)',
    ],
    paint,
  );
  console.log(
    `The clinic's page as the static export writes it for a page with script (npm run export -- … --mode hydrate: declarative shadow DOM, then hydrate.js and backcare.js): first contentful paint at ${exported.exported.toFixed(0)} ms, against ${exported.static.toFixed(0)} ms for the static page (${(exported.exported / exported.static).toFixed(2)}×) and ${exported.library.toFixed(0)} ms for the one-script-tag page (${(exported.library / exported.static).toFixed(2)}×); its widgets hydrated and painted at ${exported.hydrated.toFixed(0)} ms (medians of ${paintRuns}).`,
  );
  for (const { title, rows } of network) {
    console.log(
      `\n${title}, 390 px wide, Slow 4G network and CPU 4× slower: navigation to (medians of ${networkRuns} fresh loads; layout shift, the largest)`,
    );
    printTable(
      ['page', 'first contentful paint ms', 'widgets seen ms', 'widgets live ms', 'layout shift'],
      rows,
    );
  }
  const [drawingsOf] = drawingRuns;
  const drawingMs = (key) => median(drawingRuns.map((r) => r[key]));
  console.log(
    `\nDrawings, modules loaded (median of ${drawingRuns.length} pages, each its best of ${drawingsOf.rounds} rounds): ${drawingsOf.widgetCount} widgets that show a figure, to painted, ${drawingMs('widgets').toFixed(1)} ms; their ${drawingsOf.drawingCount} drawings alone, cloned and painted, ${drawingMs('alone').toFixed(1)} ms (${((1000 * drawingMs('alone')) / drawingsOf.drawingCount).toFixed(0)} µs each)`,
  );
  console.log('\nLighthouse (accessibility and best practices; target 100 each)');
  printTable(
    ['page', 'accessibility', 'best practices', 'failing audits'],
    audits.map((a) => [a.path, a.accessibility, a.bestPractices, a.failing.join('; ') || 'none']),
  );
  console.log(
    `\nJS heap: page with the library and no widgets ${mb(empty)}; after one widget of each kind, removed: ${mb(warm)} (${mb(warm - empty)} kept once per kind of widget, whatever the number of widgets)`,
  );
  printTable(
    [
      'round',
      `with ${count} widgets`,
      'after removing them',
      'vs. empty',
      'vs. one of each (target ≤ 0.10 MB)',
    ],
    heaps.map((h, i) => [
      i + 1,
      mb(h.full),
      mb(h.cleared),
      mb(h.cleared - empty),
      mb(h.cleared - warm),
    ]),
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('\nWhat the heap holds beyond the empty page after the ten rounds, by heap snapshot');
  printTable(
    ['kind', 'kept once per kind of widget', 'added by the ten rounds'],
    stays.map(([kind, bytes]) => [kind, kb(perKind.get(kind) ?? 0), kb(bytes)]),
  );
  const objects = stays
    .filter(([kind]) => ['JavaScript objects', 'strings'].includes(kind))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log(
    "Kept on purpose, once per kind: Lit's prepared templates (their DOM and text, the drawings' SVG among them), the constructed style sheets, the formatters, and the engine's compiled code for what ran. Compiled code added by the rounds is the engine's optimised code for functions that ran often, not widget state.",
  );
  console.log(
    `JavaScript objects and strings the ten rounds left: ${kb(objects)} (target ≤ 100 KB).`,
  );
} finally {
  await browser.close();
  server.close();
}
