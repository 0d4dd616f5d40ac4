// Takes screenshots of the demo in light, dark, narrow and print, and prints the demo to
// PDF, with Debian's Chromium, into screenshots/ (not committed). Look at them after a
// visual change: `npm run build && npm run screenshots`.
import { mkdirSync } from 'node:fs';
import { openScreenshotSession } from './screenshot-session.mjs';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['demo/index.html', 'demo/discharge.html'];
mkdirSync('screenshots', { recursive: true });

const { port, browser, close } = await openScreenshotSession();

const variants = [
  { name: 'light', width: 1280, scheme: 'light' },
  { name: 'dark', width: 1280, scheme: 'dark' },
  { name: 'narrow', width: 375, scheme: 'light' },
  { name: 'print', width: 900, scheme: 'light', media: 'print' },
  // Spanish, and right-to-left: logical properties must mirror every widget unaided.
  { name: 'es', width: 1280, scheme: 'light', query: '?lang=es' },
  { name: 'rtl', width: 1280, scheme: 'light', dir: 'rtl' },
];

try {
  for (const path of pages) {
    const base = path.replace(/^.*\//, '').replace(/\.html$/, '');
    for (const v of variants) {
      const page = await browser.newPage();
      await page.setViewport({ width: v.width, height: 900, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: v.scheme }]);
      if (v.media) await page.emulateMediaType(v.media);
      if (v.dir) {
        await page.evaluateOnNewDocument((dir) => {
          document.addEventListener('DOMContentLoaded', () => (document.documentElement.dir = dir));
        }, v.dir);
      }
      await page.goto(`http://127.0.0.1:${port}/${path}${v.query ?? ''}`, {
        waitUntil: 'networkidle0',
      });
      await page.evaluate(() => document.fonts.ready);
      // Tall pages are cut into screen-sized pieces so each image stays legible.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const piece = Math.max(Math.round(v.width * 1.4), 1100);
      for (let y = 0, i = 1; y < height; y += piece, i++) {
        const file = `screenshots/${base}-${v.name}-${i}.png`;
        const clip = { x: 0, y, width: v.width, height: Math.min(piece, height - y) };
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
        console.log(file);
      }
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'networkidle0' });
    for (const format of ['A4', 'Letter']) {
      const file = `screenshots/${base}-${format}.pdf`;
      await page.pdf({
        path: file,
        format,
        printBackground: true,
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await close();
}
