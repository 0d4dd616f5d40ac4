import { expect, fixture, html } from '@open-wc/testing';
import '../../src/why-it-hurts/define.js';
import type { BackcareWhyItHurts } from '../../src/why-it-hurts/define.js';
import { captureWarnings, labelledByText, unique } from '../support/helpers.js';

async function explainer(template: ReturnType<typeof html>): Promise<BackcareWhyItHurts> {
  const el = await fixture<BackcareWhyItHurts>(template);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const linksArea = (el: Element) => part(el, 'links') as HTMLElement;
// Resolves after slotchange has run and the element has re-rendered.
const settle = async (el: BackcareWhyItHurts) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('<backcare-why-it-hurts>', () => {
  it('explains the four causes and ends on hope', async () => {
    const el = await explainer(html`<backcare-why-it-hurts></backcare-why-it-hurts>`);
    expect(part(el, 'heading')!.textContent).to.equal('Why does my back hurt after having a baby?');

    const causes = [...part(el, 'causes')!.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(causes).to.have.length(4);
    expect(causes[0]).to.contain('relaxin').and.contain('joints and ligaments');
    expect(causes[0]).to.contain('pelvis');
    expect(causes[1]).to.contain('stomach muscles').and.contain('nine months');
    expect(causes[2]).to.contain('carry your baby everywhere').and.contain('cribs and bassinets');
    expect(causes[3]).to.contain('hunch').and.contain('latch');
    causes.forEach((c) => expect(c.length).to.be.within(40, 240));

    const hope = part(el, 'hope')!;
    expect(labelledByText(hope)).to.equal('The good news');
    const hopeText = hope.textContent!.replace(/\s+/g, ' ');
    expect(hopeText).to.contain('common');
    expect(hopeText).to.contain('don’t have to just live with it');
    expect(hopeText).to.contain('strengthening and stretching');
    expect(hopeText).to.contain('how you hold, carry and lift your baby');
    // The hopeful part comes last, before the fine print.
    expect(hope.compareDocumentPosition(part(el, 'causes')!)).to.equal(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
  });

  it('credits the article, not the therapists: the explanation is the article’s own', async () => {
    const el = await explainer(html`<backcare-why-it-hurts></backcare-why-it-hurts>`);
    const credit = part(el, 'credit')!.textContent!.replace(/\s+/g, ' ');
    for (const name of ['Vystejnova', 'Orvis', 'O’Sullivan']) expect(credit).not.to.contain(name);
    expect(credit).not.to.contain('Recommended by');
    expect(credit).to.contain('Sources: Dealing With Postpartum Back Pain?');
    expect(credit).to.contain('Advice from the article, in plain words.');
    expect(credit).to.contain('Some steps and explanations are in our own words.');
    expect(credit).to.contain(
      'Checked against its sources on November 24, 2026. Not yet reviewed by a clinician.',
    );
  });

  it('has a small drawing with a text alternative', async () => {
    const el = await explainer(html`<backcare-why-it-hurts></backcare-why-it-hurts>`);
    const svg = part(el, 'illustration')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(labelledByText(svg)).to.contain('holding a baby');
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(40);
  });

  describe('links slot', () => {
    it('is hidden, with no labelled area, when nothing is slotted', async () => {
      const el = await explainer(html`<backcare-why-it-hurts></backcare-why-it-hurts>`);
      await settle(el);
      expect(linksArea(el).hidden).to.equal(true);
      expect(linksArea(el).offsetHeight).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows slotted links in an area labelled by its visible heading', async () => {
      const el = await explainer(
        html`<backcare-why-it-hurts>
          <a slot="links" href="#exercises">Try gentle exercises</a>
          <a slot="links" href="#book">Book a visit</a>
        </backcare-why-it-hurts>`,
      );
      await settle(el);
      const area = linksArea(el);
      expect(area.hidden).to.equal(false);
      expect(area.localName).to.equal('section');
      expect(labelledByText(area)).to.equal('Where to start');
      const slot = area.querySelector<HTMLSlotElement>('slot[name="links"]')!;
      const links = slot.assignedElements() as HTMLElement[];
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'Try gentle exercises',
        'Book a visit',
      ]);
      for (const link of links) expect(link.offsetHeight).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });

    it('appears when links are added later and goes when they are removed', async () => {
      const el = await explainer(html`<backcare-why-it-hurts></backcare-why-it-hurts>`);
      await settle(el);
      expect(linksArea(el).hidden).to.equal(true);
      const link = document.createElement('a');
      link.slot = 'links';
      link.href = '#book';
      link.textContent = 'Book a visit';
      el.append(link);
      await settle(el);
      expect(linksArea(el).hidden).to.equal(false);
      expect(link.offsetHeight).to.be.greaterThan(0);
      link.remove();
      await settle(el);
      expect(linksArea(el).hidden).to.equal(true);
    });

    it('ignores content meant for other slots', async () => {
      const el = await explainer(
        html`<backcare-why-it-hurts><p>Why it hurts (needs JavaScript)</p></backcare-why-it-hurts>`,
      );
      await settle(el);
      expect(linksArea(el).hidden).to.equal(true);
      expect(el.querySelector('p')!.offsetHeight).to.equal(0);
    });
  });

  describe('heading-level', () => {
    it('has two sub-headings: the good news, and where to start', async () => {
      const el = await explainer(
        html`<backcare-why-it-hurts heading-level="4"
          ><a slot="links" href="#x">Exercises</a></backcare-why-it-hurts
        >`,
      );
      expect(root(el).querySelectorAll('.subheading')).to.have.length(2);
    });

    it('shows markup in an attribute as text in the warning, never as HTML', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const payload = `<img src=x onerror="window.pwned=true"><b>${unique('x')}</b>`;
      let el!: BackcareWhyItHurts;
      const warnings = await captureWarnings(async () => {
        el = await explainer(
          html`<backcare-why-it-hurts
            heading-level=${payload}
            theme=${payload}
          ></backcare-why-it-hurts>`,
        );
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings).to.have.length(2);
      warnings.forEach((w) => expect(w).to.contain(payload));
    });
  });

  it('is accessible in light and dark', async () => {
    const light = await explainer(
      html`<backcare-why-it-hurts theme="light"></backcare-why-it-hurts>`,
    );
    await expect(light).to.be.accessible();
    const dark = await explainer(
      html`<backcare-why-it-hurts theme="dark"
        ><a slot="links" href="#x">Try gentle exercises</a></backcare-why-it-hurts
      >`,
    );
    await settle(dark);
    await expect(dark).to.be.accessible();
  });
});
