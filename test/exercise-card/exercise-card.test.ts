import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exercise-card/define.js';
import type { BackcareExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { exerciseIds } from '../../src/exercises/content.js';
import { captureWarnings, labelledByText, shadowText, unique } from '../support/helpers.js';

const expected = {
  'cat-cow': {
    name: 'Cat-cow',
    clinician: 'Barbora Vystejnova, MS, PT, DPT, PRPC',
    institution: 'Baptist Health Jacksonville',
    equipment: 'mat',
    steps: 4,
  },
  'childs-pose': {
    name: 'Child’s pose',
    clinician: 'Brook Orvis, PT, DPT, WCS, PRPC, CLT',
    institution: 'Duke Health',
    equipment: 'mat',
    steps: 4,
  },
  bridge: {
    name: 'Bridge',
    clinician: 'Caitlyn O’Sullivan, PT, DPT',
    institution: 'Baptist Health Jacksonville',
    equipment: 'mat',
    steps: 4,
  },
  'pelvic-circles': {
    name: 'Pelvic circles',
    clinician: 'Brook Orvis',
    institution: 'Duke Health',
    equipment: 'Nothing',
    steps: 3,
  },
  'scapular-retraction': {
    name: 'Shoulder blade squeeze with a band',
    clinician: 'Brook Orvis',
    institution: 'Duke Health',
    equipment: 'resistance band',
    steps: 4,
  },
  'doorway-pec-stretch': {
    name: 'Doorway chest stretch',
    clinician: 'Brook Orvis',
    institution: 'Duke Health',
    equipment: 'doorway',
    steps: 4,
  },
} as const;

async function card(template: ReturnType<typeof html>): Promise<BackcareExerciseCard> {
  const el = await fixture<BackcareExerciseCard>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<backcare-exercise-card>', () => {
  for (const id of exerciseIds) {
    describe(id, () => {
      it('shows the name, what it helps, equipment and numbered steps', async () => {
        const el = await card(
          html`<backcare-exercise-card exercise=${id}></backcare-exercise-card>`,
        );
        const heading = part(el, 'heading')!;
        expect(heading.localName).to.equal('h2');
        expect(heading.textContent).to.equal(expected[id].name);
        const text = shadowText(el);
        expect(text).to.match(/Helps: \S+/);
        expect(text).to.contain(`You need:`);
        expect(text.toLowerCase()).to.contain(expected[id].equipment.toLowerCase());
        const steps = part(el, 'steps')!;
        expect(steps.localName).to.equal('ol');
        const items = [...steps.querySelectorAll('li')];
        expect(items).to.have.length(expected[id].steps);
        items.forEach((li) => expect(li.textContent!.trim().length).to.be.within(8, 120));
        expect(text).to.match(/search for “[^”]+”/);
      });

      it('has an illustration with a text alternative', async () => {
        const el = await card(
          html`<backcare-exercise-card exercise=${id}></backcare-exercise-card>`,
        );
        const svg = part(el, 'illustration')!.querySelector('svg')!;
        expect(svg.getAttribute('role')).to.equal('img');
        expect(labelledByText(svg).length).to.be.greaterThan(30);
        expect(svg.querySelector('.figure'), 'a drawn figure').to.exist;
        expect(
          svg.querySelectorAll('path, line, circle, polyline, rect, ellipse').length,
        ).to.be.greaterThan(4);
        expect(svg.getBoundingClientRect().height).to.be.greaterThan(50);
      });

      it('credits the physical therapist, with the review date and the safety note', async () => {
        const el = await card(
          html`<backcare-exercise-card exercise=${id}></backcare-exercise-card>`,
        );
        const credit = part(el, 'credit')!.textContent!.replace(/\s+/g, ' ');
        expect(credit).to.contain(expected[id].clinician);
        expect(credit).to.contain(expected[id].institution);
        expect(credit).to.contain(
          'Checked against its sources on November 24, 2026. Not yet reviewed by a clinician.',
        );
        expect(part(el, 'safety-note')!.textContent).to.contain('Stop if you feel any discomfort');
        expect(part(el, 'safety-note')!.textContent).to.contain('physical therapist');
      });

      it('is accessible in light and dark', async () => {
        const light = await card(
          html`<backcare-exercise-card exercise=${id} theme="light"></backcare-exercise-card>`,
        );
        await expect(light).to.be.accessible();
        const dark = await card(
          html`<backcare-exercise-card exercise=${id} theme="dark"></backcare-exercise-card>`,
        );
        await expect(dark).to.be.accessible();
      });
    });
  }

  it('takes the font from the page', async () => {
    const wrapper = await fixture(
      html`<div style="font-family: Georgia, serif">
        <backcare-exercise-card exercise="bridge"></backcare-exercise-card>
      </div>`,
    );
    const el = wrapper.querySelector('backcare-exercise-card')!;
    await (el as BackcareExerciseCard).updateComplete;
    expect(getComputedStyle(part(el, 'heading')!).fontFamily).to.contain('Georgia');
  });

  describe('heading-level', () => {
    it('follows a change after the first render', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="bridge"></backcare-exercise-card>`,
      );
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h3');
    });
  });

  describe('dose', () => {
    it('shows no plan unless the clinician gives one', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="bridge"></backcare-exercise-card>`,
      );
      expect(part(el, 'plan')).to.equal(null);
      expect(shadowText(el)).not.to.match(/\d+ (repetitions?|sets?|seconds?)/);
    });

    it('shows reps, sets and hold as the reader’s plan', async () => {
      const el = await card(
        html`<backcare-exercise-card
          exercise="bridge"
          reps="10"
          sets="2"
          hold="5"
        ></backcare-exercise-card>`,
      );
      expect(part(el, 'plan')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Your plan: 10 repetitions, 2 sets, hold 5 seconds',
      );
    });

    it('uses the singular for one', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="bridge" sets="1" hold="1"></backcare-exercise-card>`,
      );
      expect(part(el, 'plan')!.textContent).to.contain('1 set, hold 1 second');
    });

    it('ignores invalid values with a warning and keeps the valid ones', async () => {
      const bad = `-${unique('3')}`;
      let el!: BackcareExerciseCard;
      const warnings = await captureWarnings(async () => {
        el = await card(
          html`<backcare-exercise-card
            exercise="bridge"
            reps=${bad}
            sets="3"
          ></backcare-exercise-card>`,
        );
      });
      expect(part(el, 'plan')!.textContent).to.contain('3 sets').and.not.contain('repetition');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('reps').and.contain('whole number from 1 to 100');
    });

    for (const value of ['0', '2.5', 'ten', '1e3', '101', 'NaN']) {
      it(`ignores reps="${value}"`, async () => {
        const el = await card(
          html`<backcare-exercise-card exercise="bridge" reps=${value}></backcare-exercise-card>`,
        );
        expect(part(el, 'plan')).to.equal(null);
      });
    }
  });

  describe('bad input', () => {
    it('shows a friendly message listing the valid ids for an unknown exercise', async () => {
      const name = unique('plank');
      let el!: BackcareExerciseCard;
      const warnings = await captureWarnings(async () => {
        el = await card(html`<backcare-exercise-card exercise=${name}></backcare-exercise-card>`);
      });
      const message = part(el, 'message')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.contain(`no exercise called “${name}”`);
      for (const id of exerciseIds) expect(message.textContent).to.contain(id);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(name).and.contain('cat-cow');
      await expect(el).to.be.accessible();
    });

    it('asks for an exercise when none is given', async () => {
      const el = await card(html`<backcare-exercise-card></backcare-exercise-card>`);
      expect(part(el, 'message')!.textContent).to.contain('Choose an exercise');
    });

    it('shows markup in an attribute as text, never as HTML', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const payload = `<img src=x onerror="window.pwned=true"><b>${unique('x')}</b>`;
      const el = await card(
        html`<backcare-exercise-card exercise=${payload}></backcare-exercise-card>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(part(el, 'message')!.textContent).to.contain(payload);
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    });

    it('renders the new exercise when the attribute changes', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise=${unique('nope')}></backcare-exercise-card>`,
      );
      el.setAttribute('exercise', 'cat-cow');
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent).to.equal('Cat-cow');
    });

    it('accepts an id in any case and with spaces around it', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="  Bridge "></backcare-exercise-card>`,
      );
      expect(part(el, 'heading')!.textContent).to.equal('Bridge');
    });
  });

  describe('slots', () => {
    it('shows a clinician’s note and a call to action', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="bridge">
          <p slot="note">Start after your six-week check-up.</p>
          <a slot="actions" href="#book">Book a visit</a>
        </backcare-exercise-card>`,
      );
      const note = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="note"]')!;
      const actions = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
      expect(note.assignedElements()[0]!.textContent).to.equal(
        'Start after your six-week check-up.',
      );
      expect(actions.assignedElements()[0]!.textContent).to.equal('Book a visit');
      expect((actions.assignedElements()[0] as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });
  });

  describe('compact', () => {
    it('keeps the steps, safety note and credit', async () => {
      const el = await card(
        html`<backcare-exercise-card exercise="bridge" compact></backcare-exercise-card>`,
      );
      expect(part(el, 'steps')!.querySelectorAll('li')).to.have.length(4);
      expect((part(el, 'safety-note') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      expect((part(el, 'credit') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    });
  });
});
