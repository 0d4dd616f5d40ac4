import { expect } from '@open-wc/testing';
import { labelledByText } from '../support/helpers.js';
import { axeViolations } from '../embedding/pages.js';
import { closePages, hostIn, hostsIn, inShadow, openPage, seen, shown } from './support.js';

// The static export's example pages, opened with no script at all: a reader sees each
// widget whole (text, drawings, styles) from its declarative shadow root alone.

afterEach(closePages);

const pages = [
  'exercise-card.html',
  'feeding-guide.html',
  'pt-checklist.html',
  'warning-signs.html',
  'exercise-card-es.html',
];

describe('static pages, without script', () => {
  for (const file of pages) {
    it(`${file}: runs no script, and axe finds nothing`, async function () {
      this.timeout(20000);
      const frame = await openPage(file);
      const win = frame.contentWindow as Window & typeof globalThis;
      // No script but the one the test server adds to every page it serves.
      const scripts = [...frame.contentDocument!.scripts].map((s) => s.src || 'inline');
      expect(scripts.filter((src) => !src.includes('/__web-dev-server'))).to.deep.equal([]);
      const hosts = hostsIn(frame);
      expect(hosts.length).to.be.greaterThan(0);
      for (const host of hosts) {
        expect(win.customElements.get(host.localName), `${host.localName} defined`).to.equal(
          undefined,
        );
        expect(await axeViolations(frame, host), host.localName).to.deep.equal([]);
      }
    });
  }

  it('exercise card: heading, drawing, plan, steps and credit, styled', async () => {
    const card = hostIn(await openPage('exercise-card.html'), 'backcare-exercise-card');
    const [heading] = inShadow(card, '[part~="heading"]');
    expect(heading!.localName).to.equal('h2');
    expect(seen(heading!)).to.equal('Bridge');
    const svg = inShadow(card, '[part~="illustration"] svg')[0]!;
    expect(svg.getBoundingClientRect().height, 'the drawing').to.be.greaterThan(100);
    expect(labelledByText(svg)).to.contain('with the hips lifted');
    expect(seen(inShadow(card, '[part~="plan"]')[0]!)).to.equal(
      'Your plan: 10 repetitions, 2 sets',
    );
    const steps = inShadow(card, '[part~="steps"] li');
    expect(steps.map(seen)).to.have.length(4);
    expect(steps.every(shown)).to.equal(true);
    expect(seen(steps[0]!)).to.contain('Lie on your back');
    const credit = seen(inShadow(card, '[part~="credit"]')[0]!);
    expect(credit)
      .to.contain('Recommended by: Caitlyn O’Sullivan')
      .and.contain('not medical advice');
    // The card's own styles apply: its box and the tinted drawing panel.
    const box = getComputedStyle(inShadow(card, '[part~="card"]')[0]!);
    expect(box.borderTopStyle).to.equal('solid');
    expect(getComputedStyle(inShadow(card, '.illustration')[0]!).backgroundColor).to.not.equal(
      'rgba(0, 0, 0, 0)',
    );
  });

  it('feeding guide: every hold in turn, each with its name, drawing and steps', async () => {
    const guide = hostIn(await openPage('feeding-guide.html'), 'backcare-feeding-guide');
    expect(inShadow(guide, '[role="tablist"], [role="tab"], button'), 'tabs').to.deep.equal([]);
    const panels = inShadow(guide, '[part~="panel"]');
    expect(panels.map((p) => seen(p.querySelector('.panel-name')!))).to.deep.equal([
      'Football hold',
      'Cradle hold',
      'Side-lying hold',
    ]);
    for (const panel of panels) {
      expect(shown(panel), 'panel shown').to.equal(true);
      expect(shown(panel.querySelector('svg')!), 'its drawing').to.equal(true);
      expect(panel.querySelectorAll('[part~="steps"] li').length).to.be.greaterThan(2);
    }
    // Panels follow one another down the page.
    const tops = panels.map((p) => p.getBoundingClientRect().top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    expect(seen(panels[2]!)).to.contain('Safe sleep');
    expect(seen(inShadow(guide, '[part~="credit"]')[0]!)).to.contain('Brook Orvis');
  });

  it('checklist: every item with its advice, no boxes, the warning signs and the contact', async () => {
    const frame = await openPage('pt-checklist.html');
    const list = hostIn(frame, 'backcare-pt-checklist');
    expect(seen(inShadow(list, 'article > p')[0]!)).to.equal(
      'If one of these is true for you, do what it says under it.',
    );
    expect(inShadow(list, 'input, button'), 'controls').to.deep.equal([]);
    expect(inShadow(list, '[part~="result"]'), 'a result that needs ticks').to.deep.equal([]);
    const items = inShadow(list, '[part~="items"] li');
    expect(items).to.have.length(5);
    for (const item of items) {
      expect(shown(item.querySelector('.label')!), 'item text').to.equal(true);
      expect(seen(item.querySelector('.action')!), 'its advice and whose').to.match(/\. .*advice/i);
    }
    expect(seen(items[0]!)).to.contain('Get medical care now');
    const signs = inShadow(list, 'backcare-warning-signs')[0]!;
    expect(seen(inShadow(signs, '[part~="heading"]')[0]!)).to.contain('Warning signs');
    expect(inShadow(signs, '[part~="maternal"] li').every(shown)).to.equal(true);
    const contact = frame.contentDocument!.querySelector('[slot="contact"]')!;
    const emergency = frame.contentDocument!.querySelector('[slot="emergency"]')!;
    expect(shown(contact) && shown(emergency), 'contact and emergency lines').to.equal(true);
    expect(seen(inShadow(list, '[part~="credit"]')[0]!)).to.contain('O’Sullivan');
  });

  it('warning signs: the urgent signs, what to do and the hospital’s number', async () => {
    const frame = await openPage('warning-signs.html');
    const signs = hostIn(frame, 'backcare-warning-signs');
    expect(seen(inShadow(signs, '[part~="badge"]')[0]!)).to.equal('Emergency');
    expect(inShadow(signs, '[part~="maternal"] li').length).to.be.greaterThan(8);
    expect(seen(inShadow(signs, '[part~="what-to-do"]')[0]!)).to.contain('911');
    expect(seen(frame.contentDocument!.querySelector('[slot="emergency"]')!)).to.contain(
      '555-0100',
    );
  });

  it('in Spanish: the page, the card and its fine print', async () => {
    const frame = await openPage('exercise-card-es.html');
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
    const card = hostIn(frame, 'backcare-exercise-card');
    expect(seen(inShadow(card, '[part~="heading"]')[0]!)).to.equal('Gato-vaca');
    expect(seen(inShadow(card, '[part~="steps"] li')[0]!)).to.contain('Póngase a gatas');
    expect(seen(inShadow(card, '[part~="credit"]')[0]!))
      .to.contain('Recomendado por: Barbora Vystejnova')
      .and.contain('no es consejo médico');
  });
});

// A hospital serves its pages with a strict policy (no 'unsafe-inline'). An exported widget
// carries its styles in <style> elements, which such a policy applies only when it names
// them: the test server sends the policy with the hashes `npm run export -- … --csp` prints
// (`?csp=hashes`), or without them (`?csp=strict`).
describe('static pages, under a strict Content-Security-Policy', () => {
  const boxStyle = (host: Element) => getComputedStyle(inShadow(host, '[part~="card"]')[0]!);

  for (const [file, tag] of [
    ['exercise-card.html', 'backcare-exercise-card'],
    ['pt-checklist.html', 'backcare-pt-checklist'],
  ] as const) {
    it(`${file}: styled when the policy names the export's style hashes`, async () => {
      const host = hostIn(await openPage(`${file}?csp=hashes`), tag);
      expect(boxStyle(host).borderTopStyle).to.equal('solid');
      expect(seen(inShadow(host, '[part~="heading"]')[0]!).length).to.be.greaterThan(5);
    });
  }

  it('without the hashes the same policy leaves the widget unstyled', async () => {
    const card = hostIn(await openPage('exercise-card.html?csp=strict'), 'backcare-exercise-card');
    expect(boxStyle(card).borderTopStyle).to.equal('none');
    // The words are still there: the page is plain, not broken.
    expect(seen(inShadow(card, '[part~="heading"]')[0]!)).to.equal('Bridge');
  });

  it('the checklist’s warning signs, a widget inside a widget, are styled too', async () => {
    const list = hostIn(await openPage('pt-checklist.html?csp=hashes'), 'backcare-pt-checklist');
    const signs = inShadow(list, 'backcare-warning-signs')[0]!;
    expect(getComputedStyle(inShadow(signs, '[part~="badge"]')[0]!).display).to.equal(
      'inline-flex',
    );
  });
});
