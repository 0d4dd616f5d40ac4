// Puts every drawing the elements show on one contact sheet per look (light, dark, forced
// colours, print) and width (300 and 700 pixels), with Debian's Chromium, into screenshots/
// (not committed). Look at them after changing a pose or a prop:
// `npm run build && npm run drawings`.
/* global document */ // page.evaluate callbacks run in the browser
import { mkdirSync, writeFileSync } from 'node:fs';
import { openScreenshotSession } from './screenshot-session.mjs';

/** Every drawing: the element and the attributes that show it. */
const drawings = [
  ...['cat-cow', 'childs-pose', 'bridge', 'pelvic-circles', 'scapular-retraction'].map(
    (exercise) => ['backcare-exercise-card', { exercise }],
  ),
  ['backcare-exercise-card', { exercise: 'doorway-pec-stretch' }],
  ...['football', 'cradle', 'side-lying'].map((position) => [
    'backcare-feeding-guide',
    { position },
  ]),
  ['backcare-lifting-tips', {}],
  ['backcare-why-it-hurts', {}],
];

const looks = [
  { name: 'light', features: [{ name: 'prefers-color-scheme', value: 'light' }] },
  { name: 'dark', features: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  { name: 'forced', features: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'print', features: [], media: 'print' },
];

mkdirSync('screenshots', { recursive: true });
const { port, browser, close } = await openScreenshotSession();

const widget = ([tag, attributes]) =>
  `<div class="box"><${tag} ${Object.entries(attributes)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}></${tag}></div>`;

try {
  for (const width of [300, 700]) {
    const page = `<!doctype html><meta charset="utf-8"><style>body{margin:8px}.box{width:${width}px;margin-bottom:12px}</style>
<script type="module" src="/dist/backcare.js"></script>${drawings.map(widget).join('')}`;
    writeFileSync('screenshots/drawings.html', page);
    for (const look of looks) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: width + 40, height: 900 });
      // Through the protocol: puppeteer's own call does not know forced-colors.
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        media: look.media ?? '',
        features: look.features,
      });
      await tab.goto(`http://127.0.0.1:${port}/screenshots/drawings.html`, {
        waitUntil: 'networkidle0',
      });
      // Each drawing's own box, found inside its element's shadow root.
      const handles = await tab.evaluateHandle(() =>
        [...document.querySelectorAll('.box > *')].flatMap((host) =>
          [...host.shadowRoot.querySelectorAll('svg[role="img"]')].filter(
            (svg) => svg.getBoundingClientRect().width > 80,
          ),
        ),
      );
      const count = await handles.evaluate((list) => list.length);
      const images = [];
      for (let i = 0; i < count; i++) {
        const svg = await handles.evaluateHandle((list, n) => list[n], i);
        images.push(await svg.screenshot({ encoding: 'base64' }));
      }
      // The sheet: every drawing side by side, on the look's own background.
      const sheet = await browser.newPage();
      await sheet.setViewport({ width: width < 400 ? 1000 : 1460, height: 600 });
      await sheet.setContent(
        `<body style="margin:0;display:flex;flex-wrap:wrap;gap:6px;background:#888">${images
          .map((b) => `<img src="data:image/png;base64,${b}">`)
          .join('')}</body>`,
      );
      const file = `screenshots/drawings-${look.name}-${width}.png`;
      await sheet.screenshot({ path: file, fullPage: true });
      console.log(file, `${count} drawings`);
      await sheet.close();
      await tab.close();
    }
  }
} finally {
  await close();
}
