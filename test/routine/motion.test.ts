import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import type { BackcareRoutine } from '../../src/routine/routine.js';
import { press, root, routine } from './helpers.js';

/** The figure on the exercise screen: its text alternative and the outline of its body. */
function figureNow(el: BackcareRoutine) {
  const svg = root(el).querySelector('.illustration.now svg')!;
  // The image's name: the element its aria-labelledby points at.
  const name = root(el).getElementById(svg.getAttribute('aria-labelledby')!)!;
  return {
    alt: name.textContent!.trim(),
    figures: svg.querySelectorAll('.figure').length,
    outline: [...svg.querySelectorAll('.figure path')].map((p) => p.getAttribute('d')).join(''),
  };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('<backcare-routine> moving figure', () => {
  afterEach(resetEmulation);

  it('moves cat-cow between its two positions while the exercise is under way', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
    const el = await routine(html`<backcare-routine exercises="cat-cow"></backcare-routine>`);
    await press(el, 'Start');
    const first = figureNow(el);
    expect(first.figures, 'one figure that moves, not two drawings').to.equal(1);
    expect(first.alt).to.contain('moving slowly between rounding the back up');
    await waitUntil(() => figureNow(el).outline !== first.outline, 'the figure moves', {
      timeout: 3000,
    });
  });

  it('stops where it is when the reader pauses', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
    const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
    await press(el, 'Start');
    await pause(300);
    await press(el, 'Pause');
    const still = figureNow(el).outline;
    await pause(400);
    await el.updateComplete;
    expect(figureNow(el).outline, 'no movement while paused').to.equal(still);
    expect(figureNow(el).alt).to.contain('slowly lifting the hips');
  });

  it('keeps the still two-position drawing for a reader who asked for less motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    const el = await routine(html`<backcare-routine exercises="cat-cow"></backcare-routine>`);
    await press(el, 'Start');
    const first = figureNow(el);
    expect(first.figures, 'both positions side by side').to.equal(2);
    expect(first.alt).to.contain('Two drawings of a person on hands and knees');
    await pause(400);
    await el.updateComplete;
    expect(figureNow(el).outline, 'nothing moves').to.equal(first.outline);
    // Asking for less motion mid-exercise stops the movement at once.
    await emulateMedia({ reducedMotion: 'no-preference' });
    await waitUntil(() => figureNow(el).figures === 1, 'moving again when allowed');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => figureNow(el).figures === 2, 'still again');
  });

  it('follows the motion setting of the browser it runs in', async () => {
    const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
    await press(el, 'Start');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(figureNow(el).figures).to.equal(reduce ? 2 : 1);
    if (!reduce) {
      const first = figureNow(el).outline;
      await waitUntil(() => figureNow(el).outline !== first, 'the figure moves', { timeout: 3000 });
    }
  });

  it('shows the still drawing for an exercise with one position', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'no-preference' });
    const el = await routine(
      html`<backcare-routine exercises="pelvic-circles"></backcare-routine>`,
    );
    await press(el, 'Start');
    const first = figureNow(el);
    expect(first.alt).to.contain('hands on hips');
    await pause(300);
    await el.updateComplete;
    expect(figureNow(el).outline).to.equal(first.outline);
  });
});
