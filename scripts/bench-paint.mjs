// Time to first paint of real pages, against the same widgets written as static HTML with
// declarative shadow DOM (no script at all): one blogger's card, and a clinic's page of six
// widgets. Each page is loaded fresh (new browser context, no cache) with the CPU slowed
// 4×, like a mid-range phone; the time is from navigation to the widgets painted. The
// clinic's page is also timed as the static export writes it for a page that loads the
// script (declarative shadow DOM, then hydrated): the fastest way to show the widgets.
import { writeFileSync } from 'node:fs';
import { preloadHints } from './export.mjs';
import { filesToPreload, preloadLinks } from './preload.mjs';
import { renderElement } from './static/render.mjs';

/** ` name="value"` for each of `attributes`, as a tag on a bench page writes them. */
export const attributeText = (attributes) =>
  Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');

/** A clinic's page: one of each widget a "new parents" page shows, two cards. */
export const clinicWidgets = [
  ['backcare-exercise-card', { exercise: 'cat-cow', 'heading-level': '3' }],
  ['backcare-exercise-card', { exercise: 'bridge', 'heading-level': '3', reps: '10', sets: '2' }],
  ['backcare-feeding-guide', { 'heading-level': '3' }],
  ['backcare-lifting-tips', { 'heading-level': '3' }],
  ['backcare-why-it-hurts', { 'heading-level': '3' }],
  ['backcare-pt-checklist', { 'heading-level': '3' }],
];

/** The pages: what a blogger and a clinic paste, as the README shows. */
const scenarios = [
  {
    name: 'one card (elements/exercise-card.js)',
    file: 'card',
    entry: 'elements/exercise-card.js',
    body: '<backcare-exercise-card exercise="bridge" reps="10" sets="2"></backcare-exercise-card>',
    target: 1.5,
  },
  {
    name: 'clinic page, six widgets (backcare.js)',
    file: 'clinic',
    entry: 'backcare.js',
    body: clinicWidgets
      .map(([tag, attributes]) => `<${tag}${attributeText(attributes)}></${tag}>`)
      .join('\n'),
    target: 1.2,
  },
];

// Marks "painted" once every widget has rendered: the next frame after it.
const paintedScript = (waitForWidgets) => `<script type="module">
${
  waitForWidgets
    ? `const widgets = [...document.querySelectorAll('body > *')].filter((el) => el.localName.startsWith('backcare-'));
await Promise.all(widgets.map(async (el) => { await customElements.whenDefined(el.localName); await el.updateComplete; }));`
    : ''
}
requestAnimationFrame(() => setTimeout(() => { window.benchResult = performance.now(); }));
</script>`;

const page = (head, body) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}\n${paintedScript(head.includes('<script'))}</body></html>\n`;

/** The module script tag for `entry` (a path in dist/), with `extra` attributes. */
export const entryScript = (entry, extra = '') =>
  `<script type="module"${extra} src="/dist/${entry}"></script>`;

/** Writes the library page (the entry's one script tag) and its static twin. */
async function writePages(browser, origin, s) {
  writeFileSync(`bench/.paint-${s.file}.html`, page(entryScript(s.entry), s.body));
  // The static twin: what the library rendered, with its styles, as declarative shadow DOM.
  const p = await browser.newPage();
  await p.goto(`${origin}/bench/.paint-${s.file}.html`);
  await p.waitForFunction(() => window.benchResult);
  const body = await p.evaluate(() =>
    [...document.querySelectorAll('body > *')]
      .filter((el) => el.shadowRoot)
      .map((el) => {
        const css = el.shadowRoot.adoptedStyleSheets
          .map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join('\n'))
          .join('\n');
        const inner = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
        const attributes = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
        return `<${el.localName}${attributes}><template shadowrootmode="open"><style>${css}</style>${inner}</template></${el.localName}>`;
      })
      .join('\n'),
  );
  await p.close();
  writeFileSync(`bench/.paint-${s.file}-static.html`, page('', body));
}

/**
 * `widgets` (tag and attributes) drawn in the HTML as `npm run export -- … --mode hydrate`
 * writes them, and the head that makes them live: the preload lines for the chunks they
 * will ask for, then `hydrate.js` and `entry`.
 */
export async function drawnInHtml(widgets, entry) {
  const drawn = [];
  for (const [tag, attributes] of widgets) {
    drawn.push(await renderElement(tag, { attributes, mode: 'hydrate' }));
  }
  const preload = filesToPreload(preloadHints(), entry, {
    tags: widgets.map(([tag]) => tag),
    exported: true,
  });
  const head = [
    ...preloadLinks(preload, '/dist/'),
    entryScript('hydrate.js'),
    entryScript(entry),
  ].join('');
  return { head, body: drawn.join('\n') };
}

/** The clinic's page as the export writes it for a page that loads the script. */
async function writeExportedClinic() {
  const { head, body } = await drawnInHtml(clinicWidgets, 'backcare.js');
  writeFileSync('bench/.paint-clinic-exported.html', page(head, body));
}

/**
 * One fresh load of `url`: when the widgets were painted (for a page with script, once each
 * has rendered), when the browser first painted content, and how long the page's main thread
 * was busy until the widgets painted (all its tasks, and the JavaScript among them). Busy
 * time shows work moved off the main thread, which the wall clock on two cores may not.
 */
async function timePage(browser, url) {
  const context = await browser.createBrowserContext();
  const p = await context.newPage();
  await p.setCacheEnabled(false);
  const cdp = await p.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await p.goto(url);
  await p.waitForFunction(() => window.benchResult, { timeout: 60000 });
  const { ms, contentful } = await p.evaluate(() => ({
    ms: window.benchResult,
    contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  await context.close();
  return {
    ms,
    contentful,
    busy: seconds.TaskDuration * 1000,
    script: seconds.ScriptDuration * 1000,
  };
}

/**
 * How far one run's ratio can be trusted: each library load against the static load beside
 * it, the middle half of those ratios (first to third quartile), as text.
 */
export function pairedSpread(library, baseline) {
  const ratios = library.map((value, i) => value / baseline[i]).sort((a, b) => a - b);
  const at = (q) => ratios[Math.round(q * (ratios.length - 1))];
  return `${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}`;
}

/**
 * Runs every scenario `runs` times, alternating the pages; returns table rows: painted
 * (median, library against static, and the spread of the paired ratios) and main-thread
 * busy time (the same), with the target on the painted ratio.
 */
export async function paintBench(browser, origin, runs, median) {
  const rows = [];
  const exported = {};
  await writeExportedClinic();
  for (const s of scenarios) {
    await writePages(browser, origin, s);
    const kinds = {
      library: '',
      static: '-static',
      ...(s.file === 'clinic' && { exported: '-exported' }),
    };
    const loads = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      for (const [kind, suffix] of Object.entries(kinds)) {
        loads[kind].push(await timePage(browser, `${origin}/bench/.paint-${s.file}${suffix}.html`));
      }
    }
    const of = (kind, key) => loads[kind].map((load) => load[key]);
    const m = (kind, key) => median(of(kind, key));
    const ratio = (key) =>
      `${(m('library', key) / m('static', key)).toFixed(2)} (${pairedSpread(of('library', key), of('static', key))})`;
    rows.push([
      s.name,
      m('library', 'ms').toFixed(0),
      m('static', 'ms').toFixed(0),
      ratio('ms'),
      `≤ ${s.target}`,
      `${m('library', 'busy').toFixed(0)} (script ${m('library', 'script').toFixed(0)})`,
      m('static', 'busy').toFixed(0),
      ratio('busy'),
    ]);
    if (loads.exported) {
      for (const kind of Object.keys(kinds)) exported[kind] = m(kind, 'contentful');
      exported.hydrated = m('exported', 'ms');
    }
  }
  return { rows, exported };
}
