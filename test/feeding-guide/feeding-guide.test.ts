import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/feeding-guide/define.js';
import type { BackcareFeedingGuide } from '../../src/feeding-guide/feeding-guide.js';
import { feedingPositions, type FeedingPosition } from '../../src/feeding-guide/content.js';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import { captureWarnings, labelledByText, shadowText, unique } from '../support/helpers.js';

const expected = {
  football: {
    name: 'Football hold',
    steps: 4,
    how: ['pillow at your side', 'along your side', 'under your arm'],
    why: 'sit back against the chair',
    alt: 'tucked under their arm',
  },
  cradle: {
    name: 'Cradle hold',
    steps: 4,
    how: ['footstool', 'nursing pillow on your lap', 'across the front of your body'],
    why: 'close to your chest',
    alt: 'across the front',
  },
  'side-lying': {
    name: 'Side-lying hold',
    steps: 3,
    how: ['Lie on your side in bed', 'on their side facing you'],
    why: 'lying down',
    alt: 'lying on their side',
  },
} as const;

async function guide(template: ReturnType<typeof html>): Promise<BackcareFeedingGuide> {
  const el = await fixture<BackcareFeedingGuide>(template);
  await el.updateComplete;
  return el;
}

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E & Element>(selector);
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E & Element>(selector),
];
const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]');
const panels = (el: Element) => $$(el, '[role="tabpanel"]');
const tab = (el: Element, id: FeedingPosition) => $<HTMLButtonElement>(el, `#tab-${id}`)!;
const panel = (el: Element, id: FeedingPosition) => $(el, `#panel-${id}`)!;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The hold whose panel a sighted reader sees, checked against the tabs' state. */
function shown(el: Element): FeedingPosition {
  const visible = panels(el).filter((p) => p.offsetHeight > 0);
  expect(visible, 'exactly one panel shows').to.have.length(1);
  const id = visible[0]!.id.replace('panel-', '') as FeedingPosition;
  for (const t of tabs(el)) {
    const selected = t.id === `tab-${id}`;
    expect(t.getAttribute('aria-selected'), t.id).to.equal(String(selected));
    expect(t.getAttribute('tabindex'), t.id).to.equal(selected ? '0' : '-1');
  }
  return id;
}

function recordEvents(target: EventTarget): CustomEvent<{ position: string }>[] {
  const events: CustomEvent<{ position: string }>[] = [];
  target.addEventListener('backcare-position-change', (e) => events.push(e as CustomEvent));
  return events;
}

describe('<backcare-feeding-guide>', () => {
  for (const id of feedingPositions) {
    describe(id, () => {
      it('shows the hold’s name, why it helps and short steps', async () => {
        const el = await guide(
          html`<backcare-feeding-guide position=${id}></backcare-feeding-guide>`,
        );
        expect(shown(el)).to.equal(id);
        expect(text(tab(el, id))).to.equal(expected[id].name);
        const content = panel(el, id);
        expect(text(content.querySelector('.subheading')!)).to.equal(expected[id].name);
        expect(text(content)).to.contain('Why it helps your back:').and.contain(expected[id].why);
        const steps = content.querySelector('[part~="steps"]')!;
        expect(steps.localName).to.equal('ol');
        expect(labelledByText(steps)).to.equal('How to do it');
        const items = [...steps.querySelectorAll('li')];
        expect(items).to.have.length(expected[id].steps);
        items.forEach((li) => expect(text(li).length).to.be.within(8, 120));
        for (const phrase of expected[id].how) expect(text(steps)).to.contain(phrase);
      });

      it('has an illustration with a text alternative', async () => {
        const el = await guide(
          html`<backcare-feeding-guide position=${id}></backcare-feeding-guide>`,
        );
        const svg = panel(el, id).querySelector('[part~="illustration"] svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(labelledByText(svg)).to.contain(expected[id].alt);
        expect(labelledByText(svg).length).to.be.greaterThan(40);
        expect(svg.querySelector('.figure'), 'the parent').to.exist;
        expect(svg.querySelector('.baby'), 'the baby').to.exist;
        expect(svg.querySelector('.prop'), 'a pillow').to.exist;
        expect(svg.getBoundingClientRect().height).to.be.greaterThan(50);
      });
    });
  }

  it('explains how to set up a place to feed', async () => {
    const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
    const setup = $(el, '[part~="setup"]')!;
    expect(labelledByText(setup)).to.equal('Set up your feeding spot');
    const items = [...setup.querySelectorAll('li')].map(text);
    expect(items).to.have.length(5);
    expect(items[0]).to.contain('nursing pillow').and.contain('such as a Boppy');
    expect(items[0]).to.contain('close to your chest').and.contain('hunch over');
    expect(items[1]).to.contain('recliner').and.contain('rocker').and.contain('footstool');
    expect(items[1]).to.contain('feet or legs');
    expect(items[2]).to.contain('back against the headboard');
    expect(items[3]).to.contain('a few places');
    expect(items[4]).to.contain('from one feed to the next');
  });

  it('credits Brook Orvis, with the review date', async () => {
    const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
    const credit = text($(el, '[part~="credit"]')!);
    expect(credit).to.contain('Brook Orvis, PT, DPT, WCS, PRPC, CLT').and.contain('Duke Health');
    expect(credit).to.contain('Content last reviewed November 24, 2026');
  });

  describe('tabs', () => {
    it('follows the WAI-ARIA tabs pattern', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const tablist = $(el, '[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal('Holds');
      expect(tabs(el).map(text)).to.deep.equal(['Football hold', 'Cradle hold', 'Side-lying hold']);
      for (const t of tabs(el)) {
        expect(t.parentElement).to.equal(tablist);
        expect(t.localName).to.equal('button');
        const controlled = $(el, `#${t.getAttribute('aria-controls')!}`)!;
        expect(controlled.getAttribute('role')).to.equal('tabpanel');
        expect(controlled.getAttribute('aria-labelledby')).to.equal(t.id);
        expect(controlled.getAttribute('tabindex')).to.equal('0');
        expect(t.offsetHeight, 'touch target').to.be.at.least(44);
      }
      expect(shown(el)).to.equal('football');
      expect(panel(el, 'cradle').hidden).to.equal(true);
    });

    it('moves with the arrow keys, wrapping, and with Home and End', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(el);
      tab(el, 'football').focus();
      const press = async (key: string) => {
        await sendKeys({ press: key });
        await el.updateComplete;
        const id = shown(el);
        expect(el.shadowRoot!.activeElement, `focus after ${key}`).to.equal(tab(el, id));
        return id;
      };
      expect(await press('ArrowRight')).to.equal('cradle');
      expect(await press('ArrowRight')).to.equal('side-lying');
      expect(await press('ArrowRight')).to.equal('football');
      expect(await press('ArrowLeft')).to.equal('side-lying');
      expect(await press('ArrowLeft')).to.equal('cradle');
      expect(await press('Home')).to.equal('football');
      expect(await press('End')).to.equal('side-lying');
      expect(events.map((e) => e.detail.position)).to.deep.equal([
        'cradle',
        'side-lying',
        'football',
        'side-lying',
        'cradle',
        'football',
        'side-lying',
      ]);
    });

    it('ignores other keys and keys that do not change the hold', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(el);
      tab(el, 'football').focus();
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'a' });
      await el.updateComplete;
      expect(shown(el)).to.equal('football');
      expect(events).to.have.length(0);
    });

    it('follows the reading direction in right-to-left text', async () => {
      const el = await guide(html`<backcare-feeding-guide dir="rtl"></backcare-feeding-guide>`);
      tab(el, 'football').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shown(el)).to.equal('cradle');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
    });

    it('selects a hold on click and tells the page', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const events = recordEvents(document);
      tab(el, 'side-lying').click();
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
      expect(el.shadowRoot!.activeElement).to.equal(tab(el, 'side-lying'));
      expect(events).to.have.length(1);
      expect(events[0]!.detail).to.deep.equal({ position: 'side-lying' });
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(el.position).to.equal('side-lying');

      tab(el, 'side-lying').click();
      await el.updateComplete;
      expect(events, 'no event for the hold already shown').to.have.length(1);
    });
  });

  describe('position', () => {
    it('shows football first by default', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      expect(shown(el)).to.equal('football');
    });

    it('accepts a value in any case and with spaces around it', async () => {
      const el = await guide(
        html`<backcare-feeding-guide position="  Cradle "></backcare-feeding-guide>`,
      );
      expect(shown(el)).to.equal('cradle');
    });

    it('selects the new hold when the attribute changes, without an event', async () => {
      const events = recordEvents(document);
      const el = await guide(
        html`<backcare-feeding-guide position="cradle"></backcare-feeding-guide>`,
      );
      el.setAttribute('position', 'side-lying');
      await el.updateComplete;
      expect(shown(el)).to.equal('side-lying');
      tab(el, 'football').click();
      await el.updateComplete;
      el.setAttribute('position', 'side-lying');
      await el.updateComplete;
      expect(shown(el), 'the attribute wins over an earlier pick').to.equal('side-lying');
      expect(events.map((e) => e.detail.position)).to.deep.equal(['football']);
    });

    it('falls back to football with one warning naming the valid values', async () => {
      const bad = unique('sideways');
      let el!: BackcareFeedingGuide;
      const warnings = await captureWarnings(async () => {
        el = await guide(html`<backcare-feeding-guide position=${bad}></backcare-feeding-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(shown(el)).to.equal('football');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`position="${bad}"`);
      expect(warnings[0]).to.contain('football, cradle, side-lying');
      // The guide reads as normal; the reader needs no note about the host's typo.
      expect($(el, '[role="status"], .notice')).to.equal(null);
    });
  });

  describe('feeding', () => {
    const panelText = (el: Element) => panels(el).map(text).join(' ');

    it('speaks to both breast- and bottle-feeding parents by default', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      expect(text($(el, '[part~="heading"]')!)).to.equal('Feeding holds that go easy on your back');
      expect(text($(el, '[part~="intro"]')!)).to.contain('nursing and bottle-feeding');
      expect(text($(el, '[part~="intro"]')!)).to.contain('whether or not you gave birth');
      expect(panelText(el))
        .to.contain('Bring your baby up to the breast on that side, or hold the bottle')
        .and.contain('You feed your baby lying down');
      expect(shadowText(el)).to.contain('where you can feed your baby');
    });

    it('talks about nursing for breastfeeding', async () => {
      const el = await guide(
        html`<backcare-feeding-guide feeding="breast"></backcare-feeding-guide>`,
      );
      expect(text($(el, '[part~="heading"]')!)).to.equal('Nursing holds that go easy on your back');
      expect(panelText(el)).to.contain('Bring your baby up to the breast on that side.');
      expect(panelText(el)).to.contain('You nurse your baby lying down');
      expect(shadowText(el)).to.contain('where you can nurse your baby');
      expect(panelText(el)).not.to.match(/bottle/i);
    });

    it('talks about the bottle for bottle-feeding', async () => {
      const el = await guide(
        html`<backcare-feeding-guide feeding="bottle"></backcare-feeding-guide>`,
      );
      expect(text($(el, '[part~="heading"]')!)).to.equal(
        'Bottle-feeding holds that go easy on your back',
      );
      expect(text($(el, '[part~="intro"]')!)).to.contain('work for bottles too');
      expect(text(panel(el, 'football'))).to.contain('Hold the bottle in your free hand.');
      expect(text(panel(el, 'side-lying'))).to.contain('Hold the bottle in your upper hand.');
      expect(panelText(el)).to.contain('You give your baby the bottle lying down');
      expect(shadowText(el)).to.contain('where you can give your baby the bottle');
      expect(panelText(el)).not.to.match(/breast|nurse/i);
    });

    it('changes the wording when the attribute changes', async () => {
      const el = await guide(
        html`<backcare-feeding-guide feeding="breast"></backcare-feeding-guide>`,
      );
      el.setAttribute('feeding', 'bottle');
      await el.updateComplete;
      expect(text($(el, '[part~="heading"]')!)).to.contain('Bottle-feeding');
    });

    it('falls back to both with one warning naming the valid values', async () => {
      const bad = unique('formula');
      let el!: BackcareFeedingGuide;
      const warnings = await captureWarnings(async () => {
        el = await guide(html`<backcare-feeding-guide feeding=${bad}></backcare-feeding-guide>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text($(el, '[part~="heading"]')!)).to.equal('Feeding holds that go easy on your back');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`feeding="${bad}"`).and.contain('breast, bottle, both');
    });
  });

  it('never renders markup from its attributes', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const payload = `<img src=x onerror="window.pwned=true"><b>${unique('x')}</b>`;
    let el!: BackcareFeedingGuide;
    const warnings = await captureWarnings(async () => {
      el = await guide(
        html`<backcare-feeding-guide
          position=${payload}
          feeding=${payload}
          heading-level=${payload}
        ></backcare-feeding-guide>`,
      );
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(shown(el)).to.equal('football');
    expect(warnings).to.have.length(3);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
  });

  it('has a sub-heading for each hold and for the set-up', async () => {
    const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
    expect($$(el, '.subheading')).to.have.length(4);
  });

  describe('print', () => {
    afterEach(resetEmulation);

    it('prints every hold with its name as a heading, and no tabs', async function () {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      expect(getComputedStyle($(el, '[role="tablist"]')!).display).to.equal('none');
      for (const p of panels(el)) {
        expect(getComputedStyle(p).display, p.id).not.to.equal('none');
        expect(p.querySelector('.subheading')!.getBoundingClientRect().width).to.be.above(20);
        expect(p.querySelector('li')!.offsetHeight).to.be.above(0);
      }
    });

    // Also where print media cannot be emulated: the rule that does it is in the styles.
    it('has a print rule that hides the tabs and shows every panel', async () => {
      const el = await guide(html`<backcare-feeding-guide></backcare-feeding-guide>`);
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      const css = sheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
      expect(css).to.contain('@media print');
      const print = css.slice(css.lastIndexOf('@media print'));
      expect(print).to.match(/\.tabs \{\s*display: none/);
      expect(print).to.match(/\.panel\[hidden\] \{\s*display: block/);
    });
  });

  it('is accessible in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const position of feedingPositions) {
        const el = await guide(
          html`<backcare-feeding-guide
            theme=${theme}
            position=${position}
          ></backcare-feeding-guide>`,
        );
        await expect(el).to.be.accessible();
      }
    }
  });
});
