// How much the page moves when one widget appears: each kind of widget (and each variant the
// registry reserves its own height for) alone in an article, with `dist/backcare.css` linked
// and its own script tag without `blocking="render"`, over "Fast 4G", so the article is
// painted before the script has drawn the widget. The widget's place is held by the
// stylesheet; what shifts is the article's text below it, at a phone's, a tablet's and a
// laptop's viewport. In English, and in Spanish, where the widget waits for its language
// after the script has run (the stylesheet holds its place then too).
import { readFileSync, writeFileSync } from 'node:fs';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { attributeText, entryScript } from './bench-paint.mjs';
import { matches } from './reservation.mjs';

export const shiftLanguages = ['en', 'es'];

export const shiftViewports = [
  [390, 844],
  [768, 1024],
  [1280, 900],
];

/** One fixture per reserved variant: the first fixture of each element that matches it. */
function widgetsOf(elements) {
  return elements.flatMap(({ tag, folder, reserve, fixtures }) =>
    Object.keys(reserve).flatMap((variant) => {
      const attributes = fixtures.find((f) => variantOf(reserve, f) === variant);
      return attributes ? [{ tag, folder, attributes }] : [];
    }),
  );
}

/** The variant of `reserve` a fixture falls in: the first it matches, or ''. */
const variantOf = (reserve, attributes) =>
  Object.keys(reserve).find((v) => v !== '' && matches(v, Object.entries(attributes))) ?? '';

/** The README's first `count` paragraphs (all by default) as the text of an article page. */
export const articleText = (count = Infinity) =>
  readFileSync('README.md', 'utf8')
    .split(/\n\s*\n/)
    .slice(0, count)
    .map((part) => `<p>${part.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');

function writePage(file, { tag, folder, attributes }, lang, text) {
  writeFileSync(
    file,
    `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Your back after birth</title>
<link rel="stylesheet" href="/dist/backcare.css">
${entryScript(`elements/${folder}.js`)}</head>
<body><h1>Your back after birth</h1><p>Advice from our physical therapists.</p>
<${tag}${attributeText(attributes)}></${tag}>
${text}
</body></html>
`,
  );
}

/**
 * Makes `page` add up its layout shifts from its first load on (shifts within half a second
 * of the reader's input do not count, as in the CLS score); `layoutShiftOf` reads the sum.
 */
export async function trackLayoutShift(page) {
  await page.evaluateOnNewDocument(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export const layoutShiftOf = (page) => page.evaluate(() => window.layoutShift);

async function shiftOf(browser, url, [width, height]) {
  const context = await browser.createBrowserContext();
  try {
    const p = await context.newPage();
    await p.setViewport({ width, height });
    await p.setCacheEnabled(false);
    await p.emulateNetworkConditions(PredefinedNetworkConditions['Fast 4G']);
    await trackLayoutShift(p);
    await p.goto(url, { waitUntil: 'load', timeout: 60000 });
    await p.evaluate(async () => {
      const widget = document.querySelector('h1 + p + *');
      await customElements.whenDefined(widget.localName);
      await widget.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200)));
    });
    return await layoutShiftOf(p);
  } finally {
    await context.close();
  }
}

/**
 * Loads each widget's page `runs` times in each of `shiftLanguages`, at each of
 * `shiftViewports`; returns one row per widget: its tag and attributes, then the largest
 * layout shift for each language and viewport, in that order.
 */
export async function shiftBench(browser, origin, elements, runs) {
  const text = articleText(40);
  const rows = [];
  for (const [i, widget] of widgetsOf(elements).entries()) {
    const largest = [];
    for (const lang of shiftLanguages) {
      const file = `bench/.shift-${i}-${lang}.html`;
      writePage(file, widget, lang, text);
      for (const viewport of shiftViewports) {
        const shifts = [];
        for (let run = 0; run < runs; run++) {
          shifts.push(await shiftOf(browser, `${origin}/${file}`, viewport));
        }
        largest.push(Math.max(...shifts).toFixed(4));
      }
    }
    rows.push([`<${widget.tag}${attributeText(widget.attributes)}>`, ...largest]);
  }
  return rows;
}
