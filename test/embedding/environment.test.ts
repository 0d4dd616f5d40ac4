import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  emulateForcedColorsOrSkip,
  emulateMediaOrSkip,
  resetEmulation,
} from '../support/emulation.js';
import { documentedTags } from '../support/manifest.js';
import { elements, fixturesOf, shareFixturesWithPages } from '../support/registry.js';

// How the built widgets behave in the environments readers and hosts bring: broken storage,
// a privacy audit, print, reduced motion and forced colours. Pages under test/pages/.

interface ProbeResult {
  elements: { tag: string; variant: string; text: string; height: number }[];
  errors: string[];
}
type ProbeWindow = Window & {
  backcareProbe?: Promise<ProbeResult>;
  backcareStorageWrites?: string[];
};

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; result: ProbeResult }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return { frame, result: await probeOf(frame) };
}

async function probeOf(frame: HTMLIFrameElement): Promise<ProbeResult> {
  const win = frame.contentWindow as ProbeWindow;
  for (let i = 0; i < 100 && !win.backcareProbe; i++) await new Promise((r) => setTimeout(r, 50));
  expect(win.backcareProbe, 'the page started its probe').to.exist;
  return win.backcareProbe!;
}

const hosts = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.body.children].filter((e) => e.shadowRoot);
const inShadow = (host: Element, selector: string) => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

function expectWorking(result: ProbeResult) {
  expect(result.errors).to.deep.equal([]);
  for (const el of result.elements) {
    expect(el.text.length, `${el.tag} ${el.variant} shows its content`).to.be.greaterThan(100);
  }
}

/** Uses every widget as a reader would: ticks each box, presses each tab. */
async function useEverything(frame: HTMLIFrameElement) {
  for (const host of hosts(frame)) {
    for (const control of inShadow(host, 'input[type="checkbox"], [role="tab"]')) control.click();
    await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }
}

before(shareFixturesWithPages);
afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('storage', () => {
  for (const mode of ['missing', 'throw', 'quota', 'corrupt']) {
    it(`every element works when storage is ${mode}`, async () => {
      const { frame, result } = await openPage(`/test/pages/storage.html?remember&mode=${mode}`);
      expectWorking(result);
      await useEverything(frame);
      const win = frame.contentWindow as Window & { backcareErrors: string[] };
      await new Promise((r) => setTimeout(r, 200));
      expect(win.backcareErrors).to.deep.equal([]);
      // Nothing alarming is shown to the reader.
      for (const host of hosts(frame)) {
        expect(host.shadowRoot!.textContent!.toLowerCase()).not.to.match(
          /storage|quota|error|exception/,
        );
      }
    });
  }

  it('keeps what the reader ticked across a reload with `remember`', async () => {
    localStorage.clear();
    const { frame } = await openPage('/test/pages/storage.html?remember&mode=working');
    const rememberers = hosts(frame).filter(
      (h) => h.hasAttribute('remember') && inShadow(h, 'input[type="checkbox"]').length,
    );
    await useEverything(frame);
    const ticked = rememberers.map((h) =>
      inShadow(h, 'input[type="checkbox"]').map((c) => c.matches(':checked')),
    );
    const reloaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.contentWindow!.location.reload();
    await reloaded;
    await probeOf(frame);
    const after = hosts(frame)
      .filter((h) => h.hasAttribute('remember') && inShadow(h, 'input[type="checkbox"]').length)
      .map((h) => inShadow(h, 'input[type="checkbox"]').map((c) => c.matches(':checked')));
    expect(after).to.deep.equal(ticked);
    localStorage.clear();
  });
});

describe('privacy', () => {
  it('requests only its own files, sets no cookie, and writes storage only with `remember`', async () => {
    document.cookie.split(';').forEach((c) => {
      document.cookie = `${c.split('=')[0]!.trim()}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    });
    const { frame, result } = await openPage('/test/pages/storage.html?mode=working');
    expectWorking(result);
    await useEverything(frame);
    await new Promise((r) => setTimeout(r, 300));
    const win = frame.contentWindow as ProbeWindow;
    const requested = (
      win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).map((e) => new URL(e.name));
    // The test server injects its own reload socket into every page it serves, and the
    // page's probe reads the manifest through the test kit; neither is a request the library
    // makes.
    const foreign = requested.filter(
      (url) =>
        url.pathname !== '/__web-dev-server__web-socket.js' &&
        (url.origin !== location.origin ||
          !/^\/(dist\/|test\/pages\/|test\/support\/manifest\.js$|custom-elements\.json$)/.test(
            url.pathname,
          )),
    );
    expect(foreign.map(String)).to.deep.equal([]);
    expect(frame.contentDocument!.cookie).to.equal('');
    expect(win.backcareStorageWrites).to.deep.equal([]);
  });
});

describe('print', () => {
  afterEach(resetEmulation);

  it('shows all content and no interactive controls', async function () {
    const { frame } = await openPage('/test/pages/clean.html');
    await emulateMediaOrSkip(this, { media: 'print' });
    const win = frame.contentWindow!;
    for (const host of hosts(frame)) {
      const controls = inShadow(
        host,
        'button, select, textarea, input:not([type="checkbox"]), [role="tab"], [role="tablist"]',
      ).filter((c) => c.getClientRects().length > 0);
      expect(
        controls.map((c) => c.outerHTML.slice(0, 80)),
        `${host.localName} controls in print`,
      ).to.deep.equal([]);
      for (const panel of inShadow(host, '[role="tabpanel"]')) {
        expect(
          panel.getClientRects().length,
          `${host.localName} tab panel printed`,
        ).to.be.greaterThan(0);
      }
      for (const node of inShadow(host, '*')) {
        const { overflowY } = win.getComputedStyle(node);
        // Visually hidden text is clipped on purpose: it is for screen readers only.
        const clipped = overflowY !== 'visible' && !node.matches('.visually-hidden');
        if (clipped && node.getClientRects().length) {
          expect(
            node.scrollHeight,
            `${host.localName} ${node.localName} is not clipped`,
          ).to.be.at.most(node.clientHeight + 1);
        }
      }
    }
  });

  it('fits the checklist on one printed page', async function () {
    const { frame } = await openPage('/test/pages/clean.html');
    await emulateMediaOrSkip(this, { media: 'print' });
    const checklist = frame.contentDocument!.querySelector<HTMLElement>('backcare-pt-checklist');
    if (!checklist) this.skip(); // no checklist element in this build
    // A4 with 15 mm margins: 180 mm × 267 mm of printable area, at 96 px per inch.
    const mm = 96 / 25.4;
    checklist!.style.width = `${180 * mm}px`;
    await new Promise((r) => requestAnimationFrame(r));
    expect(checklist!.getBoundingClientRect().height).to.be.at.most(267 * mm);
  });
});

describe('motion and contrast', () => {
  afterEach(resetEmulation);

  it('animates nothing when the reader asks for reduced motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    const { frame } = await openPage('/test/pages/clean.html');
    const running = hosts(frame).flatMap((h) => h.shadowRoot!.getAnimations());
    expect(running).to.have.length(0);
    // And the page does animate without the preference, so the check above means something.
    await emulateMedia({ reducedMotion: 'no-preference' });
    await new Promise((r) => requestAnimationFrame(r));
    expect(hosts(frame).flatMap((h) => h.shadowRoot!.getAnimations()).length).to.be.greaterThan(0);
  });

  it('keeps every control and drawing visible in forced colours', async function () {
    await emulateForcedColorsOrSkip(this, true);
    // Chromium applies forced colours to the top document only, so mount the widgets here.
    if (!matchMedia('(forced-colors: active)').matches) this.skip();
    document.documentElement.setAttribute('data-manual', '');
    await import(new URL('../../dist/backcare.js', import.meta.url).href);
    const { mountAll } = (await import(new URL('../pages/probe.js', import.meta.url).href)) as {
      mountAll: (container: Element) => Promise<HTMLElement[]>;
    };
    const container = document.createElement('div');
    document.body.append(container);
    const mounted = await mountAll(container);
    const win = window;
    for (const host of mounted) {
      for (const shape of inShadow(
        host,
        'svg path, svg line, svg circle, svg ellipse, svg rect, svg polyline, svg polygon',
      )) {
        const style = win.getComputedStyle(shape);
        const visible =
          (style.stroke !== 'none' && style.strokeWidth !== '0px') ||
          (style.fill !== 'none' && style.fill !== 'rgba(0, 0, 0, 0)');
        expect(visible, `${host.localName} ${shape.getAttribute('class')} drawn`).to.equal(true);
      }
      for (const control of inShadow(host, 'button, input, [role="tab"]')) {
        const style = win.getComputedStyle(control);
        const outlined =
          style.borderTopStyle !== 'none' ||
          control.matches('input[type="checkbox"], input[type="date"]');
        expect(outlined, `${host.localName} ${control.localName} has a visible edge`).to.equal(
          true,
        );
      }
    }
    expect(mounted.length).to.be.greaterThan(5);
    container.remove();
  });
});

describe('accessibility sweep (axe, WCAG 2.2 A and AA)', () => {
  type Axe = {
    run: (
      el: Element,
      options: object,
    ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
  };
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no violations: every element and variant, ${lang}, ${theme}`, async () => {
        const { frame, result } = await openPage(`/test/pages/clean.html?lang=${lang}`);
        expect(result.elements.length).to.be.greaterThan(0);
        for (const host of hosts(frame)) host.setAttribute('theme', theme);
        await Promise.all(
          hosts(frame).map(
            (h) => (h as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
          ),
        );
        // axe must run in the page that holds the widgets.
        await new Promise<void>((resolve, reject) => {
          const script = frame.contentDocument!.createElement('script');
          script.src = '/node_modules/axe-core/axe.min.js';
          script.onload = () => resolve();
          script.onerror = reject;
          frame.contentDocument!.head.append(script);
        });
        const frameAxe = (frame.contentWindow as unknown as { axe: Axe }).axe;
        const found: string[] = [];
        for (const host of hosts(frame)) {
          const { violations } = await frameAxe.run(host, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
            },
          });
          for (const v of violations)
            found.push(
              `${host.localName} ${host.getAttribute('data-variant')}: ${v.id} (${v.help}) ×${v.nodes.length}`,
            );
        }
        expect(found).to.deep.equal([]);
      });
    }
  }
});

// The registry drives the fixtures, the bundle and the manifest; they must name the same elements.
describe('element registry', () => {
  it('names exactly the elements the manifest documents, each with fixtures', async () => {
    const documented = await documentedTags();
    expect([...documented].sort()).to.deep.equal(elements.map((e) => e.tag).sort());
    for (const { tag } of elements) expect(fixturesOf(tag).length, tag).to.be.greaterThan(0);
  });
});
