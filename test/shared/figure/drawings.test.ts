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

  it("child's pose from above: the head shows between the arms, not under one", async () => {
    const el = await mount('backcare-exercise-card', { exercise: 'childs-pose' });
    const fromAbove = visibleDrawing(el).querySelectorAll('.figure')[1]!;
    const head = [...fromAbove.querySelectorAll('path')].at(-1)!;
    const { x, y, width, height } = head.getBoundingClientRect();
    expect(width / height, 'a round head').to.be.within(0.8, 1.25);
    // Whatever is painted at the head's centre is the head itself: no arm covers it.
    expect(el.shadowRoot!.elementFromPoint(x + width / 2, y + height / 2)).to.equal(head);
  });
});
