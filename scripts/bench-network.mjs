// Widgets inside a long page, over a slow phone network (DevTools' "Slow 4G") with the CPU
// 4× slower: when the reader first sees the page and the widgets, when the widgets are live,
// and how much the layout shifts, for each way to put them on the page. The page's HTML
// arrives a piece at a time, as on a phone, so what waits for the script shows it.
//
// A blogger's card: written by hand (static declarative shadow DOM, no script: the floor),
// the README's snippet (one script tag and a style rule holding the card's place), the same
// without that rule, and drawn in the HTML as the embed builder writes it (the export's
// `--mode hydrate` rendering, then `hydrate.js` and the card's entry).
// A clinic's six widgets: the README's clinic snippet (`backcare.css` and `backcare.js` with
// `blocking="render"`), the same without `blocking="render"`, and drawn in the HTML.
import { readFileSync, writeFileSync } from 'node:fs';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { attributeText, clinicWidgets, drawnInHtml, entryScript } from './bench-paint.mjs';
import { reservationRules } from './reservation.mjs';
import { articleText, trackLayoutShift } from './bench-shift.mjs';

const reserve = '<link rel="stylesheet" href="/dist/backcare.css">';

/**
 * Marks the frame after the widgets before it (in `<div class="widgets">`) are all first
 * painted, drawn in the page's HTML or by the script once defined (`seen`), and the frame
 * after they are all live, defined and rendered or hydrated (`live`; at once on a page with
 * no script).
 */
const marks = (withScript) => `<script>{
const widgets = [...document.currentScript.previousElementSibling.children];
const frame = (name) => requestAnimationFrame(() => setTimeout(() => { window[name] = performance.now(); }));
const live = Promise.all(widgets.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete)));
if (widgets.every((w) => w.shadowRoot)) frame('seen'); else live.then(() => frame('seen'));
${withScript ? "live.then(() => frame('live'));" : "frame('live');"}
}</script>`;

function page(title, head, widgets, withScript, text) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title>${head}</head>
<body><h1>${title}</h1><p>Advice from our physical therapists for your back after birth.</p>
<div class="widgets">${widgets}</div>${marks(withScript)}
${text}
</body></html>
`;
}

/** The widgets as the script draws them, each with a line shown until it has. */
const scripted = (widgets) =>
  widgets
    .map(([tag, attributes]) => `<${tag}${attributeText(attributes)}><p>…</p></${tag}>`)
    .join('\n');

/** Writes each scenario's pages; the hand-written card is the paint bench's static twin. */
async function writeScenarios() {
  const card = [['backcare-exercise-card', { exercise: 'bridge', reps: '10', sets: '2' }]];
  const cardEntry = 'elements/exercise-card.js';
  const drawnCard = await drawnInHtml(card, cardEntry);
  const handWritten = readFileSync('bench/.paint-card-static.html', 'utf8').match(
    /<backcare-exercise-card[^]*<\/backcare-exercise-card>/,
  )[0];
  // The README's blogger snippet holds the card's place with its rule from backcare.css.
  const holdPlace = `<style>${reservationRules(readFileSync('dist/backcare.css', 'utf8'), 'backcare-exercise-card').join('\n')}</style>`;
  const drawnClinic = await drawnInHtml(clinicWidgets, 'backcare.js');
  const scenarios = {
    "A blogger's card in a long post": {
      'written by hand (no script)': ['', handWritten, false],
      "the README's snippet (one script tag)": [
        entryScript(cardEntry) + holdPlace,
        scripted(card),
        true,
      ],
      'the same without its <style> holding the place': [
        entryScript(cardEntry),
        scripted(card),
        true,
      ],
      'drawn in the HTML (the embed builder)': [drawnCard.head, drawnCard.body, true],
    },
    "A clinic's page of six widgets in a long page": {
      'the README\'s clinic snippet (blocking="render")': [
        reserve + entryScript('backcare.js', ' blocking="render"'),
        scripted(clinicWidgets),
        true,
      ],
      'the same without blocking="render"': [
        reserve + entryScript('backcare.js'),
        scripted(clinicWidgets),
        true,
      ],
      'drawn in the HTML (the export, or the builder)': [drawnClinic.head, drawnClinic.body, true],
    },
  };
  // The rest of the page: the whole README as text, about 60 KB of HTML.
  const text = articleText();
  let n = 0;
  return Object.entries(scenarios).map(([title, pages]) => ({
    title,
    pages: Object.entries(pages).map(([name, [head, widgets, withScript]]) => {
      const file = `bench/.network-${n++}.html`;
      writeFileSync(file, page(title, head, widgets, withScript, text));
      return { name, file };
    }),
  }));
}

async function timePage(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const p = await context.newPage();
    await p.setViewport({ width: 390, height: 800 });
    await p.setCacheEnabled(false);
    await p.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await trackLayoutShift(p);
    await p.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    // The paint entry is queued once the frame is shown, which can come after the marks.
    await p.waitForFunction(
      () => window.live && window.seen && performance.getEntriesByName('first-contentful-paint')[0],
      { timeout: 60000 },
    );
    return await p.evaluate(() => ({
      contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      seen: window.seen,
      live: window.live,
      shift: window.layoutShift,
    }));
  } finally {
    await context.close();
  }
}

/**
 * Loads each scenario's pages `runs` times, alternating; returns one table per scenario:
 * `{ title, rows }`, each row the page and the medians of its first contentful paint, the
 * widgets first seen and live, and the largest layout shift of its loads. Needs the paint
 * bench's pages (bench/.paint-card-static.html) written first.
 */
export async function networkBench(browser, origin, runs, median) {
  const scenarios = await writeScenarios();
  const tables = [];
  for (const { title, pages } of scenarios) {
    const loads = new Map(pages.map(({ name }) => [name, []]));
    for (let i = 0; i < runs; i++) {
      for (const { name, file } of pages) {
        loads.get(name).push(await timePage(browser, `${origin}/${file}`));
      }
    }
    const rows = pages.map(({ name }) => {
      const of = (key) => loads.get(name).map((load) => load[key]);
      const ms = (key) => median(of(key)).toFixed(0);
      return [name, ms('contentful'), ms('seen'), ms('live'), Math.max(...of('shift')).toFixed(4)];
    });
    tables.push({ title, rows });
  }
  return tables;
}
