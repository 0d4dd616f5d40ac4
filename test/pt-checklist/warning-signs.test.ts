import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import { checklist, customSteps, levelOf, part, resultText, tick } from './helpers.js';

// The warning signs card inside the checklist, and the hospital's emergency words.
const card = (el: Element) => part(el, 'warning-signs');
const inCard = (el: Element, name: string) =>
  card(el).shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const inCardIfShown = (el: Element, name: string) =>
  card(el)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<backcare-pt-checklist> warning signs', () => {
  afterEach(resetEmulation);

  it('always shows the warning signs card below the list, with nothing ticked', async () => {
    const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
    expect(card(el).localName).to.equal('backcare-warning-signs');
    await (card(el) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(card(el).offsetHeight).to.be.greaterThan(200);
    expect(text(inCard(el, 'heading'))).to.equal('Warning signs: get medical care now');
    expect(text(inCard(el, 'maternal'))).to.contain('Trouble breathing');
    expect(text(inCard(el, 'back'))).to.contain('both legs');
    const below = part(el, 'items').compareDocumentPosition(card(el));
    expect(below & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
  });

  it('puts the card’s heading one level below the checklist’s, and passes on the theme', async () => {
    const el = await checklist(
      html`<backcare-pt-checklist heading-level="3" theme="dark"></backcare-pt-checklist>`,
    );
    await (card(el) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(inCard(el, 'heading').localName).to.equal('h4');
    expect(card(el).getAttribute('theme')).to.equal('dark');
    for (const value of [null, 'sepia']) {
      if (value) el.setAttribute('theme', value);
      else el.removeAttribute('theme');
      await el.updateComplete;
      expect(card(el).hasAttribute('theme'), `theme=${value}`).to.equal(false);
    }
  });

  it('prints the card with the checklist', async function () {
    const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
    await emulateMediaOrSkip(this, { media: 'print' });
    expect(card(el).offsetHeight).to.be.greaterThan(100);
    expect(text(inCard(el, 'what-to-do'))).to.contain('call 911');
  });

  it('cites the warning signs’ sources once, in the checklist’s own fine print', async () => {
    const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
    await (card(el) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const credit = text(part(el, 'credit'));
    expect(credit).to.contain('Centers for Disease Control and Prevention (CDC)');
    expect(credit).to.contain('NHS');
    expect(credit).to.contain('public-health');
    const footer = inCardIfShown(el, 'credit');
    expect(footer === null, 'the card has no footer of its own').to.equal(true);
  });

  it('shows the hospital’s emergency words in the card, and with the next step at the emergency level', async () => {
    const el = await checklist(
      html`<backcare-pt-checklist>
        <p slot="emergency">Maternity unit, day or night: 555-0199</p>
      </backcare-pt-checklist>`,
    );
    const words = el.querySelector<HTMLElement>('[slot="emergency"]')!;
    const where = () => {
      const slot = words.assignedSlot!;
      // A slot forwarded into the card is itself assigned to the card's slot.
      return slot.assignedSlot ? 'card' : (slot.parentElement!.getAttribute('part') ?? '');
    };
    expect(where()).to.equal('card');
    expect(words.offsetHeight).to.be.greaterThan(0);
    expect(text(inCard(el, 'what-to-do'))).to.contain('call 911');

    await tick(el, 'warning-sign');
    expect(levelOf(el)).to.equal('emergency');
    expect(where()).to.equal('result');
    expect(words.offsetHeight).to.be.greaterThan(0);
    expect(resultText(el)).to.contain(customSteps.emergency);

    await tick(el, 'warning-sign');
    expect(where()).to.equal('card');
  });

  it('shows the card in Spanish with the checklist', async () => {
    const el = await checklist(html`<backcare-pt-checklist lang="es"></backcare-pt-checklist>`);
    // The translation loads once; both the checklist and its card then speak Spanish.
    await waitUntil(
      () => inCardIfShown(el, 'heading')?.textContent?.includes('Señales'),
      'card in Spanish',
      {
        timeout: 5000,
      },
    );
    expect(text(inCard(el, 'heading'))).to.equal('Señales de alarma: busque atención médica ya');
    expect(resultText(el)).to.contain('Eso no quiere decir que todo esté bien.');
    await tick(el, 'warning-sign');
    expect(part(el, 'badge').textContent!.trim()).to.equal('Emergencia');
    expect(resultText(el)).to.contain('vaya a la sala de emergencias o llame al 911');
  });
});
