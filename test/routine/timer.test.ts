import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BackcareRoutine } from '../../src/routine/routine.js';
import { button, clock, fakeClock, press, redraw, root, routine, said } from './helpers.js';

async function holding(seconds: number) {
  const time = fakeClock();
  const el = await routine(
    html`<backcare-routine .now=${time.now}>
      <ol slot="plan">
        <li data-exercise="childs-pose" data-hold=${String(seconds)}>Child’s pose</li>
        <li data-exercise="bridge">Bridge</li>
      </ol>
    </backcare-routine>`,
  );
  await press(el, 'Start');
  return { el, time };
}

/** Every text the polite live region holds from now on. */
function announcements(el: BackcareRoutine): string[] {
  const heard: string[] = [];
  const region = root(el).querySelector('[role="status"][aria-live="polite"]')!;
  new MutationObserver(() => {
    const now = region.textContent!.trim();
    if (now && now !== heard.at(-1)) heard.push(now);
  }).observe(region, { childList: true, subtree: true, characterData: true });
  return heard;
}

describe('<backcare-routine> hold timer', () => {
  it('shows the hold as a timer, only where the plan gives a hold', async () => {
    const { el } = await holding(30);
    const timer = root(el).querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).to.equal('Time left');
    expect(clock(el)).to.equal('0:30');
    await press(el, 'Next');
    expect(root(el).querySelector('[role="timer"]')).to.equal(null);
  });

  it('counts down by the clock, not by ticks, and catches up after a hidden page', async () => {
    const { el, time } = await holding(45);
    await press(el, 'Start the hold');
    time.advance(10_000);
    await redraw(el);
    expect(clock(el)).to.equal('0:35');
    time.advance(400);
    await redraw(el);
    expect(clock(el), 'a part-second left shows as the whole second').to.equal('0:35');
    // The page is hidden for 30 seconds: no tick at all meanwhile.
    time.advance(30_000);
    await redraw(el);
    expect(clock(el)).to.equal('0:05');
    time.advance(10_000);
    await redraw(el);
    expect(clock(el)).to.equal('0:00');
    expect(said(el)).to.equal('Time is up. You can let go.');
    expect(button(el, 'Hold again')).to.exist;
  });

  it('pauses and goes on without losing or gaining time', async () => {
    const { el, time } = await holding(30);
    await press(el, 'Start the hold');
    time.advance(12_000);
    await press(el, 'Pause the hold');
    expect(clock(el)).to.equal('0:18');
    time.advance(120_000);
    await redraw(el);
    expect(clock(el), 'paused').to.equal('0:18');
    await press(el, 'Go on with the hold');
    time.advance(8_000);
    await redraw(el);
    expect(clock(el)).to.equal('0:10');
    // Pausing the session pauses the hold too.
    await press(el, 'Pause');
    time.advance(60_000);
    await redraw(el);
    expect(clock(el)).to.equal('0:10');
  });

  it('Space on the focused timer button starts and pauses the hold', async () => {
    const { el, time } = await holding(30);
    button(el, 'Start the hold').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button(el, 'Pause the hold')).to.equal(root(el).activeElement);
    time.advance(5_000);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(clock(el)).to.equal('0:25');
    expect(button(el, 'Go on with the hold')).to.exist;
  });

  it('announces the start, the last three seconds and the end, never every second', async () => {
    const { el, time } = await holding(10);
    const heard = announcements(el);
    await press(el, 'Start the hold');
    for (let s = 0; s < 12; s++) {
      time.advance(1_000);
      await redraw(el);
    }
    expect(heard).to.deep.equal([
      'Hold for 10 seconds.',
      '3 seconds left.',
      'Time is up. You can let go.',
    ]);
  });

  it('after a long hidden stretch says only that the time is up', async () => {
    const { el, time } = await holding(20);
    const heard = announcements(el);
    await press(el, 'Start the hold');
    time.advance(30_000);
    await redraw(el);
    expect(heard).to.deep.equal(['Hold for 20 seconds.', 'Time is up. You can let go.']);
  });

  it('ticks on its own while a hold runs', async () => {
    let time = 0;
    const el = await routine(
      html`<backcare-routine .now=${() => time}>
        <ol slot="plan">
          <li data-exercise="bridge" data-hold="5">Bridge</li>
        </ol>
      </backcare-routine>`,
    );
    await press(el, 'Start');
    await press(el, 'Start the hold');
    time = 2_000;
    await new Promise((r) => setTimeout(r, 600));
    expect(clock(el)).to.equal('0:03');
  });

  it('speaks Spanish', async () => {
    const time = fakeClock();
    const el = await routine(
      html`<backcare-routine lang="es" .now=${time.now}>
        <ol slot="plan">
          <li data-exercise="bridge" data-hold="5" data-reps="2">Puente</li>
        </ol>
      </backcare-routine>`,
    );
    await press(el, 'Empezar');
    expect(root(el).textContent).to.contain('Ejercicio 1 de 1').and.contain('0 de 2 hechas');
    await press(el, 'Empezar a mantener');
    expect(said(el)).to.equal('Mantenga 5 segundos.');
    expect(button(el, 'Parar, me duele')).to.exist;
  });
});
