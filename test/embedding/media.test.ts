import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  emulateForcedColorsOrSkip,
  emulateMediaOrSkip,
  resetEmulation,
} from '../support/emulation.js';
import { shareFixturesWithPages } from '../support/registry.js';
import { closePages, hosts, inShadow, openPage } from './pages.js';

// How the built widgets look where the reader prints, asks for reduced motion or uses forced
// colours. Pages under test/pages/.

before(shareFixturesWithPages);
afterEach(closePages);

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

  // Printable areas with 15 mm margins, at 96 px per inch.
  const papers = [
    ['A4', 180, 267],
    ['US Letter', 185.9, 249.4],
  ] as const;
  // Blank, as a hospital prints it, and after the reader ticked the items whose next steps
  // are the longest together (the article's "soon" items), as a parent prints it.
  const ticks = [[], ['exercise-pain', 'six-weeks', 'new-daily-pain']];
  for (const [paper, width, height] of papers) {
    for (const ticked of ticks) {
      const state = ticked.length ? 'ticked' : 'blank';
      it(`fits the ${state} checklist, warning signs and all, on one printed ${paper} page`, async function () {
        const { frame } = await openPage('/test/pages/clean.html');
        const doc = frame.contentDocument!;
        const checklist = doc.querySelector<HTMLElement>('backcare-pt-checklist');
        if (!checklist) this.skip(); // no checklist element in this build
        for (const box of checklist!.shadowRoot!.querySelectorAll<HTMLInputElement>('input')) {
          if (ticked.includes(box.value)) box.click();
        }
        await emulateMediaOrSkip(this, { media: 'print' });
        const mm = 96 / 25.4;
        checklist!.style.width = `${width * mm}px`;
        await new Promise((r) => requestAnimationFrame(r));
        const card = checklist!.shadowRoot!.querySelector<HTMLElement>('backcare-warning-signs')!;
        expect(card.offsetHeight, 'the warning signs are printed').to.be.greaterThan(100);
        const result = checklist!.shadowRoot!.querySelector('[part~="result"]')!;
        expect(result.classList.contains(ticked.length ? 'soon' : 'none')).to.equal(true);
        expect(checklist!.getBoundingClientRect().height).to.be.at.most(height * mm);
      });
    }
  }
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
