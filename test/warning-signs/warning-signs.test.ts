import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/warning-signs/define.js';
import type { BackcareWarningSigns } from '../../src/warning-signs/warning-signs.js';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';

type Rendering = BackcareWarningSigns & { updateComplete: Promise<boolean> };

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: Element, name: string) => [...part(el, name).querySelectorAll('li')].map(text);

async function card(template = html`<backcare-warning-signs></backcare-warning-signs>`) {
  const root = await fixture(template);
  const el = (
    root.localName === 'backcare-warning-signs'
      ? root
      : root.querySelector('backcare-warning-signs')!
  ) as Rendering;
  await el.updateComplete;
  return el;
}

describe('<backcare-warning-signs>', () => {
  it('says at once that these signs need care now, in words and a shape, not colour alone', async () => {
    const el = await card();
    expect(text(part(el, 'heading'))).to.equal('Warning signs: get medical care now');
    expect(text(part(el, 'badge'))).to.equal('Emergency');
    expect(part(el, 'badge').querySelector('svg path')).to.exist;
    const style = getComputedStyle(part(el, 'card'));
    expect(parseFloat(style.borderTopWidth), 'a heavier border than other cards').to.be.at.least(3);
  });

  it('lists the urgent maternal warning signs and the back pain red flags', async () => {
    const el = await card();
    const maternal = items(el, 'maternal');
    expect(maternal).to.have.length(13);
    expect(maternal).to.include('A fever of 100.4 °F (38 °C) or higher');
    expect(maternal).to.include('Thoughts of hurting yourself or your baby');
    expect(maternal).to.include('A leg that is swollen, red or painful');
    const back = items(el, 'back');
    expect(back).to.have.length(4);
    expect(back.join(' ')).to.contain('genitals, bottom or inner thighs');
    expect(back.join(' ')).to.contain('both legs');
    // Each list is named by its heading for screen readers.
    const label = part(el, 'back').getAttribute('aria-labelledby')!;
    expect(text(el.shadowRoot!.getElementById(label)!)).to.contain('emergency care');
  });

  it('says what to do, with the hospital’s own number', async () => {
    const el = await card(
      html`<backcare-warning-signs>
        <p slot="emergency">Maternity unit, day or night: 555-0100</p>
      </backcare-warning-signs>`,
    );
    const todo = text(part(el, 'what-to-do'));
    expect(todo).to.contain('Call your doctor, midwife or care team now.');
    expect(todo).to.contain('go to the emergency room or call 911');
    expect(todo).to.contain('you had a baby in the last year');
    expect(todo).to.contain('If something does not feel right, get help.');
    const slot = part(el, 'what-to-do').querySelector('slot[name="emergency"]') as HTMLSlotElement;
    expect(slot.assignedElements().map(text)).to.deep.equal([
      'Maternity unit, day or night: 555-0100',
    ]);
  });

  it('credits public-health guidance, never the article’s therapists', async () => {
    const el = await card();
    const credit = text(part(el, 'credit'));
    expect(credit).to.contain('Centers for Disease Control and Prevention (CDC)');
    expect(credit).to.contain('NHS, Back pain');
    expect(credit).to.contain('Safety notes from public-health guidance.');
    expect(credit).not.to.match(/Recommended by|Orvis|O’Sullivan|Vystejnova|from the article/);
  });

  it('prints every sign with the number to call', async function () {
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      const el = await card(
        html`<backcare-warning-signs>
          <p slot="emergency">Call 555-0100</p>
        </backcare-warning-signs>`,
      );
      const shown = (node: Element) => node.getClientRects().length > 0;
      const all = [...el.shadowRoot!.querySelectorAll('li')];
      expect(all).to.have.length(17);
      expect(all.every(shown)).to.equal(true);
      expect(shown(el.querySelector('[slot="emergency"]')!)).to.equal(true);
    } finally {
      await resetEmulation();
    }
  });

  it('speaks Spanish, with its own badge', async () => {
    const el = await card(html`<backcare-warning-signs lang="es"></backcare-warning-signs>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="badge"]'), 'Spanish rendered');
    expect(text(part(el, 'badge'))).to.equal('Emergencia');
    expect(text(part(el, 'what-to-do'))).to.contain('llame al 911');
    expect(items(el, 'maternal')).to.include('Fiebre de 100.4 °F (38 °C) o más');
    await expect(el).to.be.accessible();
  });
});
