import { expect } from '@open-wc/testing';
import '../../../src/backcare.js';
import { exerciseIds } from '../../../src/exercises/content.js';
import { feedingPositions } from '../../../src/feeding-guide/content.js';
import { mount } from '../../support/fixture.js';

/** Every drawing, as its element shows it. */
const drawings: [string, Record<string, string>][] = [
  ...exerciseIds.map((exercise): [string, Record<string, string>] => [
    'backcare-exercise-card',
    { exercise },
  ]),
  ...feedingPositions.map((position): [string, Record<string, string>] => [
    'backcare-feeding-guide',
    { position },
  ]),
  ['backcare-lifting-tips', { moment: 'lifting' }],
  ['backcare-why-it-hurts', {}],
];

function visibleDrawing(el: Element): SVGSVGElement {
  const svgs = [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('svg[role="img"]')];
  return svgs.find((svg) => svg.getBoundingClientRect().height > 0) ?? svgs[0];
}

describe('the drawings', () => {
  for (const [tag, attributes] of drawings) {
    const name = `${tag} ${Object.values(attributes).join(' ')}`;

    it(`${name}: colours come from classes only, and the drawing fits its box`, async () => {
      const el = await mount(tag, attributes);
      const svg = visibleDrawing(el);
      expect(svg.querySelector('[fill], [stroke], [style]'), 'no colour in the markup').to.equal(
        null,
      );
      expect(svg.querySelector('.figure path'), 'a figure').to.exist;
      const box = svg.getBBox();
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      expect(box.x, 'left edge').to.be.at.least(-1);
      expect(box.y, 'top edge').to.be.at.least(-1);
      // The explainer's badge crops the parent at the thighs; the others show all of it.
      if (tag !== 'backcare-why-it-hurts') {
        expect(box.x + box.width, 'right edge').to.be.at.most(width + 1);
        expect(box.y + box.height, 'bottom edge').to.be.at.most(height + 1);
      }
    });
  }
});
