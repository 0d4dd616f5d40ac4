import { expect, waitUntil } from '@open-wc/testing';
import { closePages, loadFrame } from './pages.js';

// The preload lines on the demo pages (dist/preload.json, scripts/preload.mjs): a page asks
// for every lazy chunk it needs as it asks for its entry, none is found only once the entry
// has run, and none is fetched that the page would not have asked for by itself.

afterEach(closePages);

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Loads `html` as the page at `url`, waits for its widgets to show their content, and
 * returns when (ms after the page started) each chunk's request and the entry's started. */
async function requests(url: string, html: string) {
  // The page's own addresses made absolute (a <base> would come too late for some browsers'
  // early fetches), so it loads from a srcdoc as from its URL.
  const frame = await loadFrame({
    srcdoc: html.replace(
      /\b(src|href)="([^"#:]+)"/g,
      (_, name: string, path: string) =>
        `${name}="${new URL(path, new URL(url, location.href)).href}"`,
    ),
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const widgets = [...frame.contentDocument!.querySelectorAll<Widget>('*')].filter((el) =>
    el.localName.startsWith('backcare-'),
  );
  await waitUntil(
    () => widgets.every((el) => win.customElements.get(el.localName)),
    `${url}: its widgets are defined`,
    { timeout: 10000 },
  );
  for (const el of widgets) await el.updateComplete;
  // Their content, not the bare slot for the fallback a widget keeps while a chunk loads.
  const shows = (el: Widget) =>
    [...(el.shadowRoot?.children ?? [])].some(
      (child) => !['slot', 'style'].includes(child.localName),
    );
  await waitUntil(() => widgets.every(shows), `${url}: every widget shows its content`, {
    timeout: 10000,
  });
  const started = new Map(
    win.performance
      .getEntriesByType('resource')
      .map((entry) => [new URL(entry.name).pathname, entry.startTime] as const),
  );
  const scripts = [...frame.contentDocument!.querySelectorAll<HTMLScriptElement>('script[src]')];
  const entry = new URL(scripts.at(-1)!.src).pathname;
  return {
    entryStart: started.get(entry)!,
    chunks: [...started].filter(([path]) => path.startsWith('/dist/chunks/')),
  };
}

const pages = [
  '/demo/routine.html',
  '/demo/static/routine.html',
  '/demo/static/interactive.html',
  '/demo/index.html',
  '/demo/discharge.html',
];

describe('preload lines on the demo pages', function () {
  this.timeout(30000);
  for (const url of pages) {
    it(`${url} asks for exactly the chunks it loads, before its entry has run`, async () => {
      const html = await (await fetch(url)).text();
      const base = new URL(url, location.href);
      const lines = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)];
      const preloaded = lines.map((m) => new URL(m[1]!, base).pathname).sort();

      const alone = await requests(url, html.replace(/\s*<link rel="modulepreload"[^>]*>/g, ''));
      expect(preloaded, 'the chunks the page loads without the lines').to.deep.equal(
        alone.chunks.map(([path]) => path).sort(),
      );
      // Without the lines, each chunk is asked for only once the entry has arrived and run.
      for (const [path, start] of alone.chunks) expect(start, path).to.be.above(alone.entryStart);

      // With them, each is asked for as soon as the page is read, the entry after them.
      const withLines = await requests(url, html);
      const late = withLines.chunks.filter(([, start]) => start > withLines.entryStart);
      expect(
        late.map(([path]) => path),
        'chunks asked for after the entry',
      ).to.deep.equal([]);
    });
  }
});
