import { expect, html } from '@open-wc/testing';
import type {
  BackcarePtChecklist,
  PtChecklistChangeDetail,
} from '../../src/pt-checklist/pt-checklist.js';
import { captureWarnings, shadowText, unique } from '../support/helpers.js';
import { restoreStorage, stubStorage } from '../support/storage.js';
import {
  today,
  checklist,
  boxes,
  box,
  note,
  dateInput,
  buttonNamed,
  tick,
  enterDate,
  levelOf,
} from './helpers.js';

// Remember: opt-in storage.
describe('<backcare-pt-checklist>', () => {
  describe('remember', () => {
    const key = (name: string) => `backcare:pt-checklist:${name}`;
    afterEach(restoreStorage);

    it('never touches storage without remember', async () => {
      const calls: string[] = [];
      stubStorage(
        (method, original) =>
          function (this: Storage, ...args: unknown[]) {
            calls.push(method);
            return original.apply(this, args);
          },
      );
      const el = await checklist(
        html`<backcare-pt-checklist .now=${today}></backcare-pt-checklist>`,
      );
      await tick(el, 'six-weeks', 'exercise-pain');
      await enterDate(el, '2026-05-01');
      el.remove();
      expect(calls).to.deep.equal([]);
      expect(shadowText(el)).not.to.contain('Clear my answers');
    });

    it('keeps ticks and the birth date for a re-created checklist', async () => {
      const name = unique('page-');
      const first = await checklist(
        html`<backcare-pt-checklist
          remember
          storage-key=${name}
          .now=${today}
        ></backcare-pt-checklist>`,
      );
      expect(shadowText(first)).to.contain('saved on this device only');
      await tick(first, 'six-weeks', 'want-guidance');
      await enterDate(first, '2026-05-04');
      expect(JSON.parse(localStorage.getItem(key(name))!)).to.deep.equal({
        checked: ['six-weeks', 'want-guidance'],
        birthDate: '2026-05-04',
      });
      first.remove();

      const second = await checklist(
        html`<backcare-pt-checklist
          remember
          storage-key=${name}
          .now=${today}
        ></backcare-pt-checklist>`,
      );
      expect(
        boxes(second)
          .filter((b) => b.checked)
          .map((b) => b.value),
      ).to.deep.equal(['six-weeks', 'want-guidance']);
      expect(dateInput(second).value).to.equal('2026-05-04');
      expect(note(second)).to.contain('It has been 6 weeks');
      expect(levelOf(second)).to.equal('soon');

      const other = await checklist(
        html`<backcare-pt-checklist
          remember
          storage-key=${unique('other-')}
        ></backcare-pt-checklist>`,
      );
      expect(boxes(other).some((b) => b.checked)).to.equal(false);
      localStorage.removeItem(key(name));
    });

    it('scopes the saved answers to the page path by default', async () => {
      const el = await checklist(html`<backcare-pt-checklist remember></backcare-pt-checklist>`);
      await tick(el, 'new-daily-pain');
      expect(JSON.parse(localStorage.getItem(key(location.pathname))!).checked).to.deep.equal([
        'new-daily-pain',
      ]);
      localStorage.removeItem(key(location.pathname));
    });

    it('clears everything with “Clear my answers”', async () => {
      const name = unique('clear-');
      const el = await checklist(
        html`<backcare-pt-checklist
          remember
          storage-key=${name}
          .now=${today}
        ></backcare-pt-checklist>`,
      );
      await tick(el, 'exercise-pain');
      await enterDate(el, '2026-06-01');
      const events: PtChecklistChangeDetail[] = [];
      el.addEventListener('backcare-checklist-change', (e) => events.push(e.detail));
      buttonNamed(el, 'Clear my answers')!.click();
      await el.updateComplete;
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
      expect(dateInput(el).value).to.equal('');
      expect(levelOf(el)).to.equal('none');
      expect(localStorage.getItem(key(name))).to.equal(null);
      expect(events).to.deep.equal([{ checked: [], level: 'none' }]);
    });

    it('still works, quietly, when storage throws', async () => {
      stubStorage(() => () => {
        throw new DOMException('denied', 'SecurityError');
      });
      const name = unique('throws-');
      let el!: BackcarePtChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(
          html`<backcare-pt-checklist remember storage-key=${name}></backcare-pt-checklist>`,
        );
        await tick(el, 'exercise-pain');
        el.remove();
        el = await checklist(
          html`<backcare-pt-checklist remember storage-key=${name}></backcare-pt-checklist>`,
        );
      });
      expect(warnings).to.deep.equal([]);
      // Kept in memory for the rest of the visit.
      expect(box(el, 'exercise-pain').checked).to.equal(true);
      await tick(el, 'exercise-pain', 'want-guidance');
      expect(levelOf(el)).to.equal('routine');
      expect(shadowText(el)).not.to.match(/error|could not save|storage/i);
    });

    it('keeps working in memory when storage is full', async () => {
      const name = unique('full-');
      stubStorage((method, original) =>
        method === 'setItem'
          ? () => {
              throw new DOMException('full', 'QuotaExceededError');
            }
          : function (this: Storage, ...args: unknown[]) {
              return original.apply(this, args);
            },
      );
      let el!: BackcarePtChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(
          html`<backcare-pt-checklist remember storage-key=${name}></backcare-pt-checklist>`,
        );
        await tick(el, 'six-weeks');
      });
      expect(warnings).to.deep.equal([]);
      expect(levelOf(el)).to.equal('soon');
      el.remove();
      const again = await checklist(
        html`<backcare-pt-checklist remember storage-key=${name}></backcare-pt-checklist>`,
      );
      expect(box(again, 'six-weeks').checked).to.equal(true);
    });

    for (const corrupt of [
      '{not json',
      'null',
      '[]',
      '{"checked":"six-weeks"}',
      '{"checked":[1,2]}',
      '{"checked":["<img src=x>"]}',
      '{"checked":["six-weeks"],"birthDate":"yesterday"}',
    ]) {
      it(`ignores corrupt saved data: ${corrupt}`, async () => {
        const name = unique('corrupt-');
        localStorage.setItem(key(name), corrupt);
        let el!: BackcarePtChecklist;
        const warnings = await captureWarnings(async () => {
          el = await checklist(
            html`<backcare-pt-checklist remember storage-key=${name}></backcare-pt-checklist>`,
          );
        });
        expect(warnings).to.deep.equal([]);
        expect(boxes(el).some((b) => b.checked)).to.equal(false);
        expect(dateInput(el).value).to.equal('');
        expect(localStorage.getItem(key(name))).to.equal(null);
        await tick(el, 'want-guidance');
        expect(JSON.parse(localStorage.getItem(key(name))!).checked).to.deep.equal([
          'want-guidance',
        ]);
        localStorage.removeItem(key(name));
      });
    }
  });
});
