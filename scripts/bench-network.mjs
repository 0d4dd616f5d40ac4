// A blogger's card inside a long post, over a slow phone network (DevTools' "Slow 4G") with
// the CPU 4× slower: when the reader first sees the card, and when it is live, for the three
// ways to put it on the page. The post's HTML arrives a piece at a time, as on a phone, so
// what waits for the script shows it.
//
// - written by hand: the card as static declarative shadow DOM, no script (the floor);
// - the snippet: the README's blogger snippet, one script tag that draws the card;
// - drawn in the HTML: what the embed builder writes with "Already drawn in the HTML" (the
//   export's `--mode hydrate` rendering, then `hydrate.js` and the card's entry).
import { readFileSync, writeFileSync } from 'node:fs';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { preloadHints } from './export.mjs';
import { filesToPreload, preloadLinks } from './preload.mjs';
import { renderElement } from './static/render.mjs';

const attributes = { exercise: 'bridge', reps: '10', sets: '2' };
const entry = 'elements/exercise-card.js';
const script = (file) => `<script type="module" src="/dist/${file}"></script>`;

/**
 * Marks when the card before it is first painted (drawn in the page's HTML, or by the script
 * once defined) and when it is live (defined and rendered or hydrated): the frame after each.
 */
const marks = `<script>{
const card = document.currentScript.previousElementSibling;
const frame = (name) => requestAnimationFrame(() => setTimeout(() => { window[name] = performance.now(); }));
const live = customElements.whenDefined(card.localName).then(() => card.updateComplete);
if (card.shadowRoot) frame('cardShown'); else live.then(() => frame('cardShown'));
if (document.currentScript.dataset.script === 'none') frame('cardLive'); else live.then(() => frame('cardLive'));
}</script>`;

/** The rest of the post: the README's paragraphs as text, about 60 KB of HTML. */
const postText = () =>
  readFileSync('README.md', 'utf8')
    .split(/\n\s*\n/)
    .map((text) => `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');

function post(head, card, { scripted = true } = {}) {
  const marker = scripted ? marks : marks.replace('<script>', '<script data-script="none">');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Our first weeks</title>${head}</head>
<body><h1>Our first weeks</h1><p>The exercise that helped my back the most:</p>
${card}${marker}
${postText()}
</body></html>
`;
}

/** Writes the three pages; the static card comes from the paint bench's static twin. */
async function writePosts() {
  const staticCard = readFileSync('bench/.paint-card-static.html', 'utf8').match(
    /<backcare-exercise-card[^]*<\/backcare-exercise-card>/,
  )[0];
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const drawn = await renderElement('backcare-exercise-card', { attributes, mode: 'hydrate' });
  const drawnPreload = filesToPreload(preloadHints(), entry, {
    tags: ['backcare-exercise-card'],
    exported: true,
  });
  const pages = {
    'written by hand (no script)': ['', staticCard, { scripted: false }],
    "the README's snippet (one script tag)": [
      script(entry),
      `<backcare-exercise-card${attributeText}><p>Bridge</p></backcare-exercise-card>`,
    ],
    'drawn in the HTML (the embed builder)': [
      [...preloadLinks(drawnPreload, '/dist/'), script('hydrate.js'), script(entry)].join(''),
      drawn,
    ],
  };
  return Object.entries(pages).map(([name, [head, card, options]], i) => {
    const file = `bench/.network-${i}.html`;
    writeFileSync(file, post(head, card, options));
    return { name, file };
  });
}

async function timePost(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const p = await context.newPage();
    await p.setCacheEnabled(false);
    await p.emulateNetworkConditions(PredefinedNetworkConditions['Slow 4G']);
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await p.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await p.waitForFunction(() => window.cardLive && window.cardShown, { timeout: 60000 });
    return await p.evaluate(() => ({
      shown: window.cardShown,
      live: window.cardLive,
      contentful: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
  } finally {
    await context.close();
  }
}

/**
 * Loads each page `runs` times, alternating; returns table rows: the page, and the medians of
 * when the card was first seen, when it was live, and the page's first contentful paint.
 * Needs the paint bench's pages (bench/.paint-card-static.html) written first.
 */
export async function networkBench(browser, origin, runs, median) {
  const pages = await writePosts();
  const loads = new Map(pages.map(({ name }) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const { name, file } of pages)
      loads.get(name).push(await timePost(browser, `${origin}/${file}`));
  }
  return pages.map(({ name }) => {
    const of = (key) => median(loads.get(name).map((load) => load[key])).toFixed(0);
    return [name, of('shown'), of('live'), of('contentful')];
  });
}
