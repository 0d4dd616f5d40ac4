import { expect, fixture, html } from '@open-wc/testing';
import '../../src/lifting-tips/define.js';
import type { BackcareLiftingTips } from '../../src/lifting-tips/define.js';
import { captureWarnings, labelledByText, shadowText, unique } from '../support/helpers.js';

async function tips(template: ReturnType<typeof html>): Promise<BackcareLiftingTips> {
  const el = await fixture<BackcareLiftingTips>(template);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => root(el).querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...root(el).querySelectorAll(`[part~="${name}"]`)];
const momentHeadings = (el: Element) =>
  parts(el, 'moment').map((s) => s.querySelector('.subheading')!.textContent!.trim());

const headings = {
  lifting: 'Lifting your baby out of a crib or play yard',
  carrying: 'Carrying your baby',
  bending: 'Bending over and rolling over',
} as const;
const all = Object.values(headings);

describe('<backcare-lifting-tips>', () => {
  it('shows every moment with the core cue, and credits both therapists', async () => {
    const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
    expect(part(el, 'heading')!.textContent).to.equal('Lifting and carrying your baby');
    expect(momentHeadings(el)).to.deep.equal(all);

    const core = part(el, 'core')!.textContent!.replace(/\s+/g, ' ');
    expect(core).to.contain('tighten your core');
    expect(core).to.contain('Brook Orvis’s tip: imagine you are zipping up a pair of tight pants.');
    expect(core).to.contain('not your six-pack muscles');

    const text = shadowText(el);
    for (const phrase of [
      'Stand as close to the crib or play yard as you can.',
      'Face your baby straight on.',
      'Bend at your knees and hips.',
      'Lift and twist at the same time.',
      'where a baby carrier would hold them',
      'switch sides as often as you can',
      'Tighten your core before you roll over.',
    ]) {
      expect(text).to.contain(phrase);
    }

    const credit = part(el, 'credit')!.textContent!.replace(/\s+/g, ' ');
    expect(credit).to.contain('Caitlyn O’Sullivan, PT, DPT');
    expect(credit).to.contain('Brook Orvis, PT, DPT, WCS, PRPC, CLT');
    expect(credit).to.contain('Duke Health');
    expect(credit).not.to.contain('Vystejnova');
    expect(credit).to.contain(
      'Checked against its sources on November 24, 2026. Not yet reviewed by a clinician.',
    );
  });

  describe('do and don’t lists', () => {
    it('labels each list by its moment and its visible “Do” / “Don’t” heading', async () => {
      const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
      const lists = [...root(el).querySelectorAll('ul')];
      expect(lists).to.have.length(6);
      lists.forEach((list, i) => {
        const moment = all[Math.floor(i / 2)]!;
        const kind = i % 2 === 0 ? 'Do' : 'Don’t';
        const name = labelledByText(list);
        expect(name).to.equal(`${moment} ${kind}`);
        const box = list.closest('[part~="do"], [part~="dont"]')!;
        const visibleHeading = box.querySelector('h4')!;
        expect(visibleHeading.textContent!.trim()).to.equal(kind);
        expect(list.getAttribute('aria-labelledby')).to.contain(visibleHeading.id);
      });
    });

    it('tells a screen reader whether each item is a “do” or a “do not”', async () => {
      const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
      const check = (box: Element, prefix: string) => {
        const items = [...box.querySelectorAll('li')];
        expect(items.length).to.be.greaterThan(0);
        for (const li of items) {
          const hidden = li.querySelector('.visually-hidden')!;
          expect(hidden.textContent!.trim()).to.equal(prefix);
          expect(li.textContent!.replace(/\s+/g, ' ').trim()).to.match(
            new RegExp(`^${prefix} \\S`),
          );
          const box = hidden.getBoundingClientRect();
          expect(box.width * box.height, 'hidden from sight').to.be.at.most(1);
        }
      };
      parts(el, 'do').forEach((box) => check(box, 'Do:'));
      parts(el, 'dont').forEach((box) => check(box, 'Do not:'));
    });

    it('gives every item a tick or cross hidden from assistive technology', async () => {
      const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
      const iconOf = (li: Element) => li.querySelector('svg')!;
      const shape = (box: Element) =>
        [...box.querySelectorAll('li')].map((li) => {
          const icon = iconOf(li);
          expect(icon.getAttribute('aria-hidden')).to.equal('true');
          expect(icon.getBoundingClientRect().width).to.be.greaterThan(10);
          return icon.querySelector('path')!.getAttribute('d');
        });
      const ticks = parts(el, 'do').flatMap(shape);
      const crosses = parts(el, 'dont').flatMap(shape);
      expect(new Set(ticks).size).to.equal(1);
      expect(new Set(crosses).size).to.equal(1);
      expect(ticks[0]).not.to.equal(crosses[0]);
    });

    it('tells “do” from “don’t” without colour: headings and border style differ', async () => {
      const el = await tips(html`<backcare-lifting-tips theme="light"></backcare-lifting-tips>`);
      const doBox = part(el, 'do')!;
      const dontBox = part(el, 'dont')!;
      expect(doBox.querySelector('h4')!.textContent).to.equal('Do');
      expect(dontBox.querySelector('h4')!.textContent).to.equal('Don’t');
      expect(getComputedStyle(doBox).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(dontBox).borderTopStyle).to.equal('dashed');
    });
  });

  it('has a drawing of a good lift with a text alternative', async () => {
    const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
    const svg = part(el, 'illustration')!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const name = labelledByText(svg);
    expect(name).to.contain('crib').and.contain('knees and hips bent').and.contain('back straight');
    expect(svg.querySelector('.figure')).to.exist;
    expect(svg.getBoundingClientRect().height).to.be.greaterThan(50);
  });

  describe('moment', () => {
    const cases = [
      ['lifting', [headings.lifting], true, true],
      ['carrying', [headings.carrying], false, false],
      ['bending', [headings.bending], true, false],
      ['rolling', [headings.bending], true, false],
      ['all', all, true, true],
    ] as const;
    for (const [moment, shown, core, drawing] of cases) {
      it(`moment="${moment}" shows ${shown.join(', ')}`, async () => {
        const warnings = await captureWarnings(async () => {
          const el = await tips(
            html`<backcare-lifting-tips moment=${moment}></backcare-lifting-tips>`,
          );
          expect(momentHeadings(el)).to.deep.equal(shown);
          expect(!!part(el, 'core'), 'core cue').to.equal(core);
          expect(!!part(el, 'illustration'), 'drawing').to.equal(drawing);
          expect(root(el).querySelectorAll('ul')).to.have.length(shown.length * 2);
        });
        expect(warnings).to.deep.equal([]);
      });
    }

    it('shows every moment when absent', async () => {
      const el = await tips(html`<backcare-lifting-tips></backcare-lifting-tips>`);
      expect(momentHeadings(el)).to.deep.equal(all);
    });

    it('accepts any case and spaces around the value', async () => {
      const el = await tips(
        html`<backcare-lifting-tips moment=" Carrying "></backcare-lifting-tips>`,
      );
      expect(momentHeadings(el)).to.deep.equal([headings.carrying]);
    });

    it('shows every moment with one warning naming the valid values for a bad value', async () => {
      const bad = unique('sleeping');
      let el!: BackcareLiftingTips;
      const warnings = await captureWarnings(async () => {
        el = await tips(html`<backcare-lifting-tips moment=${bad}></backcare-lifting-tips>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(momentHeadings(el)).to.deep.equal(all);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain(bad)
        .and.contain('lifting')
        .and.contain('carrying')
        .and.contain('bending');
    });

    it('follows a change after the first render', async () => {
      const el = await tips(html`<backcare-lifting-tips moment="lifting"></backcare-lifting-tips>`);
      el.setAttribute('moment', 'carrying');
      await el.updateComplete;
      expect(momentHeadings(el)).to.deep.equal([headings.carrying]);
      el.removeAttribute('moment');
      await el.updateComplete;
      expect(momentHeadings(el)).to.deep.equal(all);
    });

    it('shows markup in the attribute as text, never as HTML', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const payload = `<img src=x onerror="window.pwned=true"><b>${unique('x')}</b>`;
      let el!: BackcareLiftingTips;
      const warnings = await captureWarnings(async () => {
        el = await tips(html`<backcare-lifting-tips moment=${payload}></backcare-lifting-tips>`);
      });
      await new Promise((r) => setTimeout(r, 50));
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
      expect(momentHeadings(el)).to.deep.equal(all);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(payload);
    });
  });

  describe('heading-level', () => {
    it('puts “Do” / “Don’t” two levels below the heading', async () => {
      const el = await tips(
        html`<backcare-lifting-tips heading-level="3"></backcare-lifting-tips>`,
      );
      for (const box of [...parts(el, 'do'), ...parts(el, 'dont')]) {
        expect(box.querySelector('.minor')!.localName).to.equal('h5');
      }
    });

    it('never puts “Do” / “Don’t” below h6', async () => {
      const el = await tips(
        html`<backcare-lifting-tips heading-level="5"></backcare-lifting-tips>`,
      );
      expect(part(el, 'do')!.querySelector('.minor')!.localName).to.equal('h6');
    });

    it('puts “Do” / “Don’t” at h4 when a bad value falls back to h2', async () => {
      let el!: BackcareLiftingTips;
      await captureWarnings(async () => {
        el = await tips(
          html`<backcare-lifting-tips heading-level=${unique('0')}></backcare-lifting-tips>`,
        );
      });
      expect(part(el, 'do')!.querySelector('.minor')!.localName).to.equal('h4');
    });
  });

  it('is accessible in light and dark', async () => {
    const light = await tips(html`<backcare-lifting-tips theme="light"></backcare-lifting-tips>`);
    await expect(light).to.be.accessible();
    const dark = await tips(html`<backcare-lifting-tips theme="dark"></backcare-lifting-tips>`);
    await expect(dark).to.be.accessible();
  });
});
