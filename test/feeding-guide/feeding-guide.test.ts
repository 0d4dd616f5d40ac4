import { expect, html } from '@open-wc/testing';
import { feedingPositions } from '../../src/feeding-guide/content.js';
import type { BackcareFeedingGuide } from '../../src/feeding-guide/feeding-guide.js';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import { captureWarnings, labelledByText, shadowText, unique } from '../support/helpers.js';
import { $, $$, guide, panel, panels, shown, tab, text } from './support.js';

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
    expect(credit).to.contain(
      'Checked against its sources on November 24, 2026. Not yet reviewed by a clinician.',
    );
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
