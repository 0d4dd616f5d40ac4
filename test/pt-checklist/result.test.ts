import { expect, html, waitUntil } from '@open-wc/testing';
import type { PtChecklistChangeDetail } from '../../src/pt-checklist/pt-checklist.js';
import {
  today,
  steps,
  checklist,
  part,
  boxes,
  resultText,
  status,
  tick,
  enterDate,
  levelOf,
} from './helpers.js';

// The next step, its announcement and the change event.
describe('<backcare-pt-checklist>', () => {
  describe('result', () => {
    it('says nothing is ticked at first', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(levelOf(el)).to.equal('none');
      expect(part(el, 'badge').textContent!.trim()).to.equal('Nothing ticked');
      expect(resultText(el)).to.contain(steps.none);
      expect(part(el, 'result').querySelector('.subheading')!.textContent).to.equal(
        'Urgency: none – Your next step',
      );
    });

    const single = [
      ['exercise-pain', 'now', 'Act now', 'Urgency: act now – '],
      ['six-weeks', 'soon', 'Book soon', 'Urgency: soon – '],
      ['new-daily-pain', 'soon', 'Book soon', 'Urgency: soon – '],
      ['want-guidance', 'routine', 'When it suits you', 'Urgency: routine – '],
    ] as const;
    for (const [id, level, badge, prefix] of single) {
      it(`ticking ${id} gives “${badge}”`, async () => {
        const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
        await tick(el, id);
        expect(levelOf(el)).to.equal(level);
        const badgeEl = part(el, 'badge');
        expect(badgeEl.textContent!.trim()).to.equal(badge);
        expect(badgeEl.getAttribute('aria-hidden')).to.equal('true');
        expect(resultText(el)).to.contain(steps[level]);
        const heading = part(el, 'result').querySelector('.subheading')!;
        expect(heading.textContent).to.equal(`${prefix}Your next step`);
        const hidden = heading.querySelector('.visually-hidden')!;
        expect(hidden.textContent).to.equal(prefix);
        expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      });
    }

    it('shows the most urgent of several ticks, and goes back down when unticked', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      await tick(el, 'want-guidance', 'new-daily-pain');
      expect(levelOf(el)).to.equal('soon');
      await tick(el, 'exercise-pain', 'six-weeks');
      expect(levelOf(el)).to.equal('now');
      await tick(el, 'exercise-pain');
      expect(levelOf(el)).to.equal('soon');
      await tick(el, 'six-weeks', 'new-daily-pain');
      expect(levelOf(el)).to.equal('routine');
      await tick(el, 'want-guidance');
      expect(levelOf(el)).to.equal('none');
    });

    it('marks each level with its own border, label and icon, not colour alone', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      const looks = new Set<string>();
      const badges = new Set<string>();
      const icons = new Set<string>();
      for (const ids of [[], ['want-guidance'], ['six-weeks'], ['exercise-pain']]) {
        for (const b of boxes(el)) if (b.checked) b.click();
        await tick(el, ...ids);
        const style = getComputedStyle(part(el, 'result'));
        looks.add(`${style.borderTopStyle} ${style.borderTopWidth} ${style.borderLeftWidth}`);
        badges.add(part(el, 'badge').textContent!.trim());
        icons.add(part(el, 'badge').querySelector('path')!.getAttribute('d')!);
      }
      expect(looks.size).to.equal(4);
      expect(badges.size).to.equal(4);
      expect(icons.size).to.equal(4);
    });

    it('shows the clinic’s contact with the next step', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist>
          <p slot="contact">Call us: <a href="tel:+15550100">555-0100</a></p>
        </backcare-pt-checklist>`,
      );
      const slot = part(el, 'result').querySelector<HTMLSlotElement>('slot[name="contact"]')!;
      const contact = slot.assignedElements()[0] as HTMLElement;
      expect(contact.textContent).to.equal('Call us: 555-0100');
      expect(contact.offsetHeight).to.be.greaterThan(0);
    });

    describe('weeks since the birth shape the wording', () => {
      const cases = [
        ['none', [], '3', 'tell your OB-GYN at your six-week check-up'],
        ['none', [], '8', 'see someone before it gets worse'],
        ['routine', ['want-guidance'], '3', 'Ask about it at your six-week check-up'],
        ['routine', ['want-guidance'], '8', 'You can book a visit now'],
        ['soon', ['new-daily-pain'], '5', 'Bring this up at your six-week check-up'],
        ['soon', ['new-daily-pain'], '6', 'Now is the time to tell your OB-GYN'],
        ['soon', ['six-weeks'], '12', 'Now is the time to tell your OB-GYN'],
      ] as const;
      for (const [level, ids, weeks, wording] of cases) {
        it(`${level} at ${weeks} weeks`, async () => {
          const el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${weeks}></backcare-pt-checklist>`,
          );
          await tick(el, ...ids);
          expect(levelOf(el)).to.equal(level);
          expect(resultText(el)).to.contain(wording);
        });
      }

      it('uses general wording when the weeks are unknown', async () => {
        const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
        await tick(el, 'new-daily-pain');
        expect(resultText(el)).to.contain('Do it soon, before the pain gets worse');
        expect(resultText(el)).not.to.contain('six-week check-up');
      });

      it('keeps “act now” whatever the weeks', async () => {
        for (const weeks of ['2', '20']) {
          const el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${weeks}></backcare-pt-checklist>`,
          );
          await tick(el, 'exercise-pain');
          expect(resultText(el)).to.contain(steps.now);
        }
      });
    });
  });

  describe('announcement', () => {
    it('is a polite status region, silent on first render', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(status(el).getAttribute('aria-live')).to.equal('polite');
      expect(status(el).textContent!.trim()).to.equal('');
    });

    it('announces the next step once after the reader pauses, not at every tick', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      const heard: string[] = [];
      const observer = new MutationObserver(() => heard.push(status(el).textContent!.trim()));
      observer.observe(status(el), { childList: true, subtree: true, characterData: true });
      // A reader ticking three boxes in a row, a moment apart.
      for (const id of ['want-guidance', 'six-weeks', 'exercise-pain']) {
        await tick(el, id);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(status(el).textContent!.trim()).to.equal('');
      await waitUntil(() => status(el).textContent!.trim() !== '', 'announced', { timeout: 3000 });
      await new Promise((r) => setTimeout(r, 700));
      observer.disconnect();
      expect(heard).to.have.length(1);
      expect(heard[0]).to.match(/^Urgency: act now – Do not wait\./);
    });

    it('announces again after the next change', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="2"></backcare-pt-checklist>`,
      );
      await tick(el, 'want-guidance');
      await waitUntil(() => status(el).textContent!.includes('Urgency: routine'), '', {
        timeout: 3000,
      });
      expect(status(el).textContent).to.contain('Ask about it at your six-week check-up');
      await tick(el, 'want-guidance');
      await waitUntil(() => status(el).textContent!.includes('Urgency: none'), '', {
        timeout: 3000,
      });
    });
  });

  describe('backcare-checklist-change', () => {
    it('tells the page what is ticked and the level, on each tick and untick', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      const events: CustomEvent<PtChecklistChangeDetail>[] = [];
      const listen = (e: Event) => events.push(e as CustomEvent<PtChecklistChangeDetail>);
      document.addEventListener('backcare-checklist-change', listen);
      await tick(el, 'want-guidance');
      await tick(el, 'exercise-pain');
      await tick(el, 'exercise-pain');
      document.removeEventListener('backcare-checklist-change', listen);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { checked: ['want-guidance'], level: 'routine' },
        { checked: ['exercise-pain', 'want-guidance'], level: 'now' },
        { checked: ['want-guidance'], level: 'routine' },
      ]);
      expect(events[0]!.bubbles).to.equal(true);
      expect(events[0]!.composed).to.equal(true);
      expect(events[0]!.target).to.equal(el);
    });

    it('is not fired on first render, attribute changes or a birth date', async () => {
      let count = 0;
      const count1 = () => (count += 1);
      document.addEventListener('backcare-checklist-change', count1);
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="3" .now=${today}></backcare-pt-checklist>`,
      );
      el.setAttribute('weeks-postpartum', '9');
      await el.updateComplete;
      await enterDate(el, '2026-06-01');
      document.removeEventListener('backcare-checklist-change', count1);
      expect(count).to.equal(0);
    });
  });
});
