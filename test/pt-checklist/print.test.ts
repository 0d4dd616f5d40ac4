import { expect, html } from '@open-wc/testing';
import type { BackcarePtChecklist } from '../../src/pt-checklist/pt-checklist.js';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import { unique } from '../support/helpers.js';
import { today, checklist, part, boxes, box, dateInput, tick, enterDate } from './helpers.js';

// Print and accessibility.
describe('<backcare-pt-checklist>', () => {
  describe('print', () => {
    async function printed(): Promise<BackcarePtChecklist> {
      const el = await checklist(
        html`<backcare-pt-checklist remember storage-key=${unique('print-')} .now=${today}>
          <p slot="contact">Call the clinic: 555-0100</p>
        </backcare-pt-checklist>`,
      );
      await tick(el, 'six-weeks');
      await enterDate(el, '2026-05-04');
      return el;
    }

    const shown = (node: Element | null) =>
      !!node && (node as HTMLElement).getClientRects().length > 0;

    it('shows every item, the next step, the contact and the fine print, without controls', async function () {
      await emulateMediaOrSkip(this, { media: 'print' });
      try {
        const el = await printed();
        const root = el.shadowRoot!;
        expect(boxes(el).every(shown)).to.equal(true);
        expect(box(el, 'six-weeks').checked).to.equal(true);
        expect(shown(part(el, 'result'))).to.equal(true);
        expect(shown(el.querySelector('[slot="contact"]'))).to.equal(true);
        expect(shown(part(el, 'credit'))).to.equal(true);
        expect(shown(dateInput(el))).to.equal(false);
        expect([...root.querySelectorAll('button')].some(shown)).to.equal(false);
        const paper = root.querySelector('.print-only')!;
        expect(shown(paper)).to.equal(true);
        expect(paper.textContent!.trim()).to.equal('Baby’s birth date: May 4, 2026');
        expect(getComputedStyle(part(el, 'badge')).color).to.equal('rgb(0, 0, 0)');
      } finally {
        await resetEmulation();
      }
    });

    // Runs in every browser, where print media can be emulated or not: the rules are there.
    it('has print rules that hide the controls and show the paper-only line', async () => {
      const el = await printed();
      const sheets = (el.constructor as typeof BackcarePtChecklist).elementStyles
        .map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet))
        .flatMap((sheet) => [...(sheet?.cssRules ?? [])]);
      const printRules = sheets
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule)
        .filter((r) => r.conditionText === 'print')
        .map((r) => r.cssText)
        .join('\n');
      expect(printRules).to.match(/\.row[^{]*\{\s*display: none/);
      expect(printRules).to.match(/\.print-only\s*\{\s*display: block/);
    });

    it('writes a blank line for the birth date when none was entered', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(el.shadowRoot!.querySelector('.print-only')!.textContent!.trim()).to.match(
        /^Baby’s birth date: _{6,}$/,
      );
    });
  });

  describe('accessibility', () => {
    // One test per theme: axe runs four times in each.
    for (const theme of ['light', 'dark']) {
      it(`is accessible in ${theme}, at every level`, async () => {
        const el = await checklist(
          html`<backcare-pt-checklist
            theme=${theme}
            remember
            storage-key=${unique('a11y-')}
            .now=${today}
          >
            <ul slot="items">
              <li data-id="fever" data-level="now">Fever with back pain</li>
            </ul>
            <p slot="contact">Call <a href="tel:+15550100">555-0100</a></p>
          </backcare-pt-checklist>`,
        );
        await expect(el).to.be.accessible();
        await tick(el, 'want-guidance');
        await expect(el).to.be.accessible();
        await tick(el, 'six-weeks');
        await enterDate(el, '2027-01-01');
        await expect(el).to.be.accessible();
        await tick(el, 'fever');
        await expect(el).to.be.accessible();
      });
    }
  });
});
