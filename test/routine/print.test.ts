import { expect, html } from '@open-wc/testing';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import { press, root, routine } from './helpers.js';

const mm = 96 / 25.4;
// Printable areas with 15 mm margins.
const papers = [
  ['A4', 180, 267],
  ['US Letter', 185.9, 249.4],
] as const;

describe('<backcare-routine> print', () => {
  afterEach(resetEmulation);

  it('prints a home-exercise sheet: drawing, steps, dose, note and a week of boxes each', async function () {
    const el = await routine(
      html`<backcare-routine>
        <ol slot="plan">
          <li data-exercise="bridge" data-reps="10">Bridge</li>
          <li data-exercise="cat-cow">Cat-cow</li>
        </ol>
        <p slot="note">Start after your six-week check.</p>
      </backcare-routine>`,
    );
    // Printed from the middle of a session, it is still the sheet.
    await press(el, 'Start');
    await emulateMediaOrSkip(this, { media: 'print' });
    const items = [...root(el).querySelectorAll<HTMLElement>('.plan > li')];
    expect(items).to.have.length(2);
    for (const item of items) {
      expect(item.querySelector('svg')!.getClientRects().length, 'drawing').to.be.greaterThan(0);
      expect(item.querySelectorAll('.steps li').length, 'steps').to.be.greaterThan(2);
      const boxes = [...item.querySelectorAll('.box')].filter((b) => b.getClientRects().length);
      expect(boxes, 'a box per day').to.have.length(7);
    }
    expect(items[0]!.textContent).to.contain('10 repetitions');
    expect(el.querySelector('[slot="note"]')!.getClientRects().length).to.be.greaterThan(0);
    const shown = [...root(el).querySelectorAll('button')].filter((b) => b.getClientRects().length);
    expect(shown, 'no buttons on paper').to.have.length(0);
    expect(root(el).querySelector('.screen')!.getClientRects(), 'no session').to.have.length(0);
  });

  for (const [paper, width, height] of papers) {
    it(`fits the article’s six on two ${paper} pages`, async function () {
      const el = await routine(html`<backcare-routine></backcare-routine>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      el.style.width = `${width * mm}px`;
      await new Promise((r) => requestAnimationFrame(r));
      expect(root(el).querySelectorAll('.plan .paper')).to.have.length(6);
      expect(el.getBoundingClientRect().height).to.be.at.most(2 * height * mm);
    });
  }
});
