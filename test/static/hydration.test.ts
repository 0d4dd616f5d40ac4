import { expect, waitUntil } from '@open-wc/testing';
import {
  addScripts,
  closePages,
  hostIn,
  hostsIn,
  inShadow,
  openPage,
  openWithoutScripts,
  seen,
  shown,
} from './support.js';
import { axeViolations } from '../embedding/pages.js';

// A page made by the static export, then our script: hydration support first, then the
// elements. The widgets become interactive in place: the same nodes, nothing added twice,
// nothing moved.

afterEach(closePages);

type Lit = Element & { updateComplete: Promise<boolean> };

/** Loads `scripts` (by default dist/hydrate.js, then the elements) and waits for the widgets. */
async function hydrate(
  frame: HTMLIFrameElement,
  scripts = ['/dist/hydrate.js', '/dist/backcare.js'],
): Promise<string[]> {
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
  frame.contentWindow!.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  await addScripts(frame, ...scripts);
  for (const host of hostsIn(frame)) {
    await frame.contentWindow!.customElements.whenDefined(host.localName);
    // Twice: a widget rendered for a page without script renders its interactive form next.
    await (host as Lit).updateComplete;
    await (host as Lit).updateComplete;
  }
  return errors;
}

/** Clicks the guide's tab for `hold`, as a reader would; whether that hold's panel shows. */
async function pick(guide: Element, hold: string): Promise<boolean> {
  inShadow(guide, `#tab-${hold}`)[0]!.click();
  await (guide as Lit).updateComplete;
  return shown(inShadow(guide, `#panel-${hold}`)[0]!);
}

/** Where each widget sits on the page, to the pixel. */
const boxes = (frame: HTMLIFrameElement) =>
  hostsIn(frame).map((host) => {
    const { x, y, width, height } = host.getBoundingClientRect();
    return `${host.localName} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
  });

/** The layout shift the page in `frame` records from now on, where the browser measures it. */
function layoutShift(frame: HTMLIFrameElement): () => number | undefined {
  const win = frame.contentWindow as Window & typeof globalThis;
  if (!win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return () => undefined;
  let total = 0;
  const observer = new win.PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      total += (entry as PerformanceEntry & { value: number }).value;
  });
  observer.observe({ type: 'layout-shift' });
  return () => {
    for (const entry of observer.takeRecords())
      total += (entry as PerformanceEntry & { value: number }).value;
    observer.disconnect();
    return total;
  };
}

describe('hydration of exported pages', () => {
  it('interactive.html: hydrates in place, without a shift or a second copy', async function () {
    this.timeout(20000);
    const frame = await openWithoutScripts('interactive.html');
    const guide = hostIn(frame, 'backcare-feeding-guide');
    const list = hostIn(frame, 'backcare-pt-checklist');
    const card = hostIn(frame, 'backcare-exercise-card');
    const before = boxes(frame);
    const headings = [guide, list, card].map((h) => inShadow(h, '[part~="heading"]')[0]);
    expect(seen(headings[2]!)).to.equal('Puente');
    const shift = layoutShift(frame);

    expect(await hydrate(frame), 'errors').to.deep.equal([]);

    expect(boxes(frame), 'where the widgets sit').to.deep.equal(before);
    expect(shift() ?? 0, 'layout shift').to.equal(0);
    for (const [i, host] of [guide, list, card].entries()) {
      // The server's nodes are kept: one card, one heading, the same one.
      expect(inShadow(host, '[part~="card"]'), `${host.localName} cards`).to.have.length(1);
      expect(inShadow(host, '[part~="heading"]'), `${host.localName} headings`).to.deep.equal([
        headings[i],
      ]);
    }
    expect(seen(headings[2]!), 'the Spanish card').to.equal('Puente');

    // The tabs switch on click.
    const cradle = inShadow(guide, '#tab-cradle')[0]!;
    const picked = new Promise<CustomEvent>((resolve) =>
      guide.addEventListener('backcare-position-change', (e) => resolve(e as CustomEvent), {
        once: true,
      }),
    );
    cradle.click();
    expect((await picked).detail).to.deep.equal({ position: 'cradle' });
    await (guide as Lit).updateComplete;
    expect(cradle.getAttribute('aria-selected')).to.equal('true');
    expect(shown(inShadow(guide, '#panel-cradle')[0]!)).to.equal(true);
    expect(shown(inShadow(guide, '#panel-football')[0]!)).to.equal(false);
    expect(inShadow(guide, '[role="tab"]')).to.have.length(3);

    // A tick updates the next step.
    const result = () => seen(inShadow(list, '[part~="result"]')[0]!);
    expect(result()).to.contain('Nothing is ticked');
    const box = inShadow(list, 'input[type="checkbox"]')[1]!;
    expect(box.closest('label')!.textContent).to.contain('pain or discomfort');
    box.click();
    await (list as Lit).updateComplete;
    expect(result()).to.contain('Book soon').and.contain('Stop the exercise right away');
    expect(inShadow(list, '[part~="result"]')).to.have.length(1);
  });

  it('interactive.html as shipped loads its scripts in order and works', async function () {
    this.timeout(20000);
    const frame = await openPage('interactive.html');
    const guide = hostIn(frame, 'backcare-feeding-guide') as Lit;
    await frame.contentWindow!.customElements.whenDefined('backcare-feeding-guide');
    await guide.updateComplete;
    expect(await pick(guide, 'side-lying')).to.equal(true);
    expect(inShadow(guide, '[part~="panel"]').filter(shown)).to.have.length(1);
  });

  it('a page rendered for no script becomes the interactive widget', async function () {
    this.timeout(20000);
    const frame = await openWithoutScripts('feeding-guide.html');
    const guide = hostIn(frame, 'backcare-feeding-guide');
    expect(inShadow(guide, '[part~="panel"]').filter(shown)).to.have.length(3);

    expect(await hydrate(frame), 'errors').to.deep.equal([]);

    expect(guide.hasAttribute('rendered-static')).to.equal(false);
    expect(inShadow(guide, '[part~="card"]')).to.have.length(1);
    expect(inShadow(guide, '[role="tab"]').map(seen)).to.deep.equal([
      'Football hold',
      'Cradle hold',
      'Side-lying hold',
    ]);
    expect(inShadow(guide, '[part~="panel"]').filter(shown)).to.have.length(1);
    expect(await pick(guide, 'cradle')).to.equal(true);
  });

  it('a checklist rendered for no script gets its boxes and next step', async function () {
    this.timeout(20000);
    const frame = await openWithoutScripts('pt-checklist.html');
    const list = hostIn(frame, 'backcare-pt-checklist');
    expect(inShadow(list, 'input')).to.deep.equal([]);

    expect(await hydrate(frame), 'errors').to.deep.equal([]);

    const boxes = inShadow(list, 'input[type="checkbox"]');
    expect(boxes).to.have.length(5);
    boxes[0]!.click();
    await (list as Lit).updateComplete;
    const result = inShadow(list, '[part~="result"]');
    expect(result).to.have.length(1);
    expect(seen(result[0]!)).to.contain('Emergency').and.contain('Get medical care now');
    // The hospital's emergency line moves up beside the next step.
    const emergency = frame.contentDocument!.querySelector('[slot="emergency"]')!;
    expect(emergency.assignedSlot?.closest('[part~="result"]')).to.equal(result[0]);
  });

  it('without dist/hydrate.js, each widget draws itself afresh: still one copy', async function () {
    this.timeout(20000);
    const frame = await openWithoutScripts('interactive.html');
    expect(await hydrate(frame, ['/dist/backcare.js']), 'errors').to.deep.equal([]);
    for (const host of hostsIn(frame)) {
      expect(inShadow(host, '[part~="card"]'), `${host.localName} cards`).to.have.length(1);
      expect(inShadow(host, '[part~="heading"]'), `${host.localName} headings`).to.have.length(1);
    }
    const guide = hostIn(frame, 'backcare-feeding-guide');
    expect(await pick(guide, 'cradle')).to.equal(true);
  });

  it('routine.html: the routine hydrates in place, then its session starts', async function () {
    this.timeout(20000);
    const frame = await openWithoutScripts('routine.html');
    const routine = hostIn(frame, 'backcare-routine');
    const heading = inShadow(routine, '[part~="heading"]')[0]!;
    expect(inShadow(routine, '[part~="plan"] .name').map(seen)).to.deep.equal([
      'Cat-cow',
      'Bridge',
    ]);
    expect(await axeViolations(frame, routine), 'axe, before any script').to.deep.equal([]);
    const before = boxes(frame);

    const scripts = ['/dist/hydrate.js', '/dist/elements/routine.js'];
    expect(await hydrate(frame, scripts), 'errors').to.deep.equal([]);

    expect(inShadow(routine, '[part~="heading"]'), 'the same heading').to.deep.equal([heading]);
    expect(boxes(frame), 'where the routine sits').to.deep.equal(before);
    const start = inShadow(routine, 'button.start')[0] as HTMLButtonElement;
    // The session loads after the first render; Start waits for it.
    start.click();
    await waitUntil(() => inShadow(routine, '#now').some(shown), 'the first exercise shown');
    expect(seen(inShadow(routine, '#now')[0]!)).to.equal('Cat-cow');
    expect(seen(inShadow(routine, '[part~="card"]')[0]!)).to.contain('Exercise 1 of 2');
  });
});
