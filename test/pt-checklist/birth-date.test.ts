import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BackcarePtChecklist } from '../../src/pt-checklist/pt-checklist.js';
import { captureWarnings, unique } from '../support/helpers.js';
import {
  today,
  checklist,
  describedBy,
  note,
  resultText,
  dateInput,
  buttonNamed,
  tick,
  enterDate,
} from './helpers.js';

// Weeks since the birth: weeks-postpartum and the birth date.
describe('<backcare-pt-checklist>', () => {
  describe('weeks-postpartum', () => {
    it('shows the weeks since the birth', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="3"></backcare-pt-checklist>`,
      );
      expect(note(el)).to.contain('It has been 3 weeks since the birth.');
      el.setAttribute('weeks-postpartum', '1');
      await el.updateComplete;
      expect(note(el)).to.contain('It has been 1 week since the birth.');
    });

    for (const value of ['105', '-1', '2.5', 'six', '']) {
      it(`ignores weeks-postpartum="${value}" with one warning`, async () => {
        const bad = value === '' ? value : `${value} ${unique('')}`.trim();
        let el!: BackcarePtChecklist;
        const warnings = await captureWarnings(async () => {
          el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${bad}></backcare-pt-checklist>`,
          );
          await tick(el, 'new-daily-pain');
        });
        expect(resultText(el)).to.contain('Contact your care team or a physical therapist soon.');
        expect(note(el)).not.to.contain('since the birth.');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('weeks-postpartum').and.contain('0 to 104');
      });
    }
  });

  describe('birth date', () => {
    it('is a labelled date field with a hint', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      const input = dateInput(el);
      expect(input.labels![0]!.textContent).to.equal('Your baby’s birth date (optional)');
      expect(describedBy(input)).to.contain('It stays on this device');
      expect(buttonNamed(el, 'Clear date')).to.equal(undefined);
    });

    it('counts the weeks from the date, using the injected clock', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      await tick(el, 'new-daily-pain');
      await enterDate(el, '2026-05-18');
      expect(note(el)).to.contain('It has been 4 weeks since the birth.');
      expect(resultText(el)).to.contain('Do not wait for your six-week check-up');
      await enterDate(el, '2026-04-01');
      expect(note(el)).to.contain('It has been 10 weeks');
      expect(resultText(el)).to.contain('Now is the time');
      expect(dateInput(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('follows a new clock', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      await enterDate(el, '2026-06-01');
      expect(note(el)).to.contain('It has been 2 weeks');
      el.now = () => new Date(2026, 6, 13);
      await el.updateComplete;
      expect(note(el)).to.contain('It has been 6 weeks');
    });

    it('offers the days from two years ago to today in the date picker, and a new day once it comes', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      expect([dateInput(el).min, dateInput(el).max]).to.deep.equal(['2024-06-15', '2026-06-15']);
      // A tick re-renders with the same day: the limits stay as they were.
      await tick(el, 'new-daily-pain');
      expect([dateInput(el).min, dateInput(el).max]).to.deep.equal(['2024-06-15', '2026-06-15']);
      el.now = () => new Date(2026, 6, 13);
      await tick(el, 'new-daily-pain');
      expect([dateInput(el).min, dateInput(el).max]).to.deep.equal(['2024-07-13', '2026-07-13']);
    });

    it('wins over weeks-postpartum', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="20" .now=${today}></backcare-pt-checklist>`,
      );
      await tick(el, 'want-guidance');
      expect(resultText(el)).to.contain('You can book a visit now');
      await enterDate(el, '2026-06-08');
      expect(note(el)).to.contain('It has been 1 week since');
      expect(resultText(el)).to.contain('Ask about it at your six-week check-up');
    });

    it('rejects a date in the future with a clear message', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="8" .now=${today}></backcare-pt-checklist>`,
      );
      await tick(el, 'want-guidance');
      await enterDate(el, '2026-06-16');
      expect(note(el)).to.equal('That date is in the future. Check the birth date and try again.');
      expect(describedBy(dateInput(el))).to.contain('That date is in the future');
      expect(dateInput(el).getAttribute('aria-invalid')).to.equal('true');
      // The date is not used: the care team's weeks still shape the advice.
      expect(resultText(el)).to.contain('You can book a visit now');
      expect(note(el)).not.to.contain('since the birth');
    });

    it('accepts today and dates up to two years ago, and rejects older ones', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      await enterDate(el, '2026-06-15');
      expect(note(el)).to.equal('The birth was less than a week ago.');
      await enterDate(el, '2026-06-08');
      expect(note(el)).to.equal('It has been 1 week since the birth.');
      await enterDate(el, '2024-06-15');
      expect(note(el)).to.contain('It has been 104 weeks');
      await enterDate(el, '2024-06-14');
      expect(note(el)).to.contain(
        'That is more than two years ago. This checklist is for the first two years after a birth.',
      );
      expect(note(el)).not.to.contain('It has been');
      await enterDate(el, '1900-01-01');
      expect(note(el)).to.contain('more than two years ago');
    });

    it('says so when it cannot read what was typed', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="3" .now=${today}></backcare-pt-checklist>`,
      );
      const input = dateInput(el);
      input.focus();
      await sendKeys({ type: '13' });
      input.blur();
      await el.updateComplete;
      expect(note(el)).to.contain('We could not read that date');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      await tick(el, 'want-guidance');
      expect(resultText(el)).to.contain('Ask about it at your six-week check-up');
      buttonNamed(el, 'Clear date')!.click();
      await el.updateComplete;
      expect(note(el)).not.to.contain('could not read');
    });

    it('clears the date with its button', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      await enterDate(el, '2026-05-01');
      buttonNamed(el, 'Clear date')!.click();
      await el.updateComplete;
      expect(dateInput(el).value).to.equal('');
      expect(note(el)).not.to.contain('since the birth');
      expect(buttonNamed(el, 'Clear date')).to.equal(undefined);
    });
  });
});
