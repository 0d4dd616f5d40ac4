import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  RoutineCompleteDetail,
  RoutineStepDetail,
  RoutineStopDetail,
} from '../../src/routine/routine.js';
import { labelledByText } from '../support/helpers.js';
import { button, current, press, record, root, routine, text } from './helpers.js';

const plan = html`<ol slot="plan">
  <li data-exercise="bridge" data-reps="3" data-sets="2">Bridge</li>
  <li data-exercise="cat-cow">Cat-cow</li>
  <li data-exercise="childs-pose" data-hold="30">Child’s pose</li>
</ol>`;

describe('<backcare-routine> session', () => {
  it('goes through the exercises one at a time, focus on each new heading', async () => {
    const el = await routine(html`<backcare-routine>${plan}</backcare-routine>`);
    const steps = record<RoutineStepDetail>(el, 'backcare-routine-step');
    const starts = record<unknown>(el, 'backcare-routine-start');
    await press(el, 'Start');
    expect(starts).to.deep.equal([{ exercises: ['bridge', 'cat-cow', 'childs-pose'] }]);
    expect(current(el)!.textContent).to.contain('Bridge');
    expect(root(el).activeElement).to.equal(current(el));
    expect(text(el)).to.contain('Exercise 1 of 3').and.contain('Your plan: 3 repetitions, 2 sets');
    expect(labelledByText(root(el).querySelector('[part="illustration"] svg')!)).to.contain(
      'lying on their back',
    );
    expect(text(el)).to.contain('Stop if you feel any discomfort.');
    // The overview is out of sight while an exercise is under way.
    expect(root(el).querySelector<HTMLElement>('.sheet')!.getClientRects()).to.have.length(0);
    await press(el, 'Next');
    expect(current(el)!.textContent).to.contain('Cat-cow');
    expect(root(el).activeElement).to.equal(current(el));
    expect(root(el).querySelector('[role="timer"]'), 'no hold, no timer').to.equal(null);
    await press(el, 'Back');
    expect(current(el)!.textContent).to.contain('Bridge');
    expect(root(el).activeElement).to.equal(current(el));
    expect(steps).to.deep.equal([
      { index: 0, exercise: 'bridge' },
      { index: 1, exercise: 'cat-cow' },
      { index: 0, exercise: 'bridge' },
    ]);
  });

  it('counts repetitions and sets with a tap', async () => {
    const el = await routine(html`<backcare-routine>${plan}</backcare-routine>`);
    await press(el, 'Start');
    expect(text(el)).to.contain('0 of 3 done').and.contain('Set 1 of 2');
    for (let i = 0; i < 3; i++) await press(el, 'Count one');
    expect(text(el)).to.contain('0 of 3 done').and.contain('Set 2 of 2');
    for (let i = 0; i < 3; i++) await press(el, 'Count one');
    expect(text(el)).to.contain('3 of 3 done').and.contain('Set 2 of 2');
    expect(button(el, 'Count one').disabled, 'all counted').to.equal(true);
  });

  it('“Stop, this hurts” ends the session with the advice to see a physical therapist', async () => {
    const el = await routine(
      html`<backcare-routine>
        ${plan}
        <a slot="actions" href="#book">Book a visit</a>
      </backcare-routine>`,
    );
    const stops = record<RoutineStopDetail>(el, 'backcare-routine-stop');
    const actions = el.querySelector('a')!;
    expect(actions.getClientRects(), 'no booking link on the overview').to.have.length(0);
    await press(el, 'Start');
    await press(el, 'Stop, this hurts');
    expect(stops).to.deep.equal([{ reason: 'discomfort' }]);
    expect(current(el)!.textContent).to.contain('Stop for today');
    expect(root(el).activeElement).to.equal(current(el));
    expect(text(el)).to.contain('stop right away').and.contain('physical therapist');
    expect(actions.getClientRects().length, 'the clinic’s contact shows').to.be.greaterThan(0);
  });

  it('Back from the first exercise leaves the session: stop, reason left', async () => {
    const el = await routine(html`<backcare-routine>${plan}</backcare-routine>`);
    const stops = record<RoutineStopDetail>(el, 'backcare-routine-stop');
    await press(el, 'Start');
    await press(el, 'Back');
    expect(stops).to.deep.equal([{ reason: 'left' }]);
    expect(button(el, 'Start')).to.exist;
  });

  it('finishes with “done for today” and the time taken, pauses left out', async () => {
    let time = 1_000_000;
    const el = await routine(
      html`<backcare-routine exercises="cat-cow bridge" .now=${() => time}></backcare-routine>`,
    );
    const done = record<RoutineCompleteDetail>(el, 'backcare-routine-complete');
    await press(el, 'Start');
    time += 40_000;
    await press(el, 'Pause');
    expect(text(el)).to.contain('Paused. Take your time.');
    time += 600_000;
    await press(el, 'Go on');
    time += 20_000;
    await press(el, 'Next');
    time += 30_000;
    await press(el, 'Finish');
    expect(done).to.deep.equal([{ exercises: ['cat-cow', 'bridge'], seconds: 90 }]);
    expect(current(el)!.textContent).to.contain('Done for today');
    expect(root(el).activeElement).to.equal(current(el));
    expect(text(el)).not.to.contain('The last 7 days');
  });

  it('keeps every control at least 44 px, and the session fits one thumb at 360 px', async () => {
    const el = await routine(
      html`<backcare-routine style="width: 360px">${plan}</backcare-routine>`,
    );
    await press(el, 'Start');
    const shown = [...root(el).querySelectorAll('button')].filter((b) => b.getClientRects().length);
    expect(shown.length).to.be.greaterThan(4);
    for (const b of shown) {
      const { width, height } = b.getBoundingClientRect();
      expect(height, b.textContent!).to.be.at.least(44);
      expect(width, b.textContent!).to.be.at.least(44);
    }
    expect(el.scrollWidth).to.be.at.most(360);
  });

  it('turns a cue on and off with the keyboard; cues are off by default', async () => {
    const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
    const tone = button(el, 'Play a sound when a hold ends');
    expect(tone.getAttribute('aria-pressed')).to.equal('false');
    tone.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(tone.getAttribute('aria-pressed')).to.equal('true');
  });
});
