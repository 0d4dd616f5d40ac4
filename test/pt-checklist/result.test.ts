import { expect, html, waitUntil } from '@open-wc/testing';
import type { PtChecklistChangeDetail } from '../../src/pt-checklist/pt-checklist.js';
import {
  today,
  steps,
  customSteps,
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
    it('with nothing ticked, says nothing is ticked without saying all is well', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(levelOf(el)).to.equal('none');
      expect(part(el, 'badge').textContent!.trim()).to.equal('Nothing ticked');
      expect(resultText(el)).to.contain(steps.none);
      expect(resultText(el)).to.contain(
        'If you have a sign from the “Warning signs” list, get medical care now.',
      );
      expect(part(el, 'result').querySelector('.subheading')!.textContent).to.equal(
        'Urgency: none – Your next step',
      );
    });

    const single = [
      ['warning-sign', 'emergency', 'Emergency', 'Urgency: emergency – ', 'call 911'],
      ['exercise-pain', 'soon', 'Book soon', 'Urgency: soon – ', 'Stop the exercise right away'],
      ['six-weeks', 'soon', 'Book soon', 'Urgency: soon – ', 'refer you to a physical therapist'],
      ['new-daily-pain', 'soon', 'Book soon', 'Urgency: soon – ', 'before the pain gets worse'],
      ['want-guidance', 'routine', 'When it suits you', 'Urgency: routine – ', steps.routine],
    ] as const;
    for (const [id, level, badge, prefix, wording] of single) {
      it(`ticking ${id} gives “${badge}”`, async () => {
        const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
        await tick(el, id);
        expect(levelOf(el)).to.equal(level);
        const badgeEl = part(el, 'badge');
        expect(badgeEl.textContent!.trim()).to.equal(badge);
        expect(badgeEl.getAttribute('aria-hidden')).to.equal('true');
        expect(resultText(el)).to.contain(wording);
        const heading = part(el, 'result').querySelector('.subheading')!;
        expect(heading.textContent).to.equal(`${prefix}Your next step`);
        const hidden = heading.querySelector('.visually-hidden')!;
        expect(hidden.textContent).to.equal(prefix);
        expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
      });
    }

    it('tells a reader with pain during the exercises to stop and book, not to act now', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      await tick(el, 'exercise-pain');
      expect(resultText(el)).to.contain('Stop the exercise right away.');
      expect(resultText(el)).to.contain('Make an appointment with a physical therapist');
      expect(resultText(el)).not.to.match(/act now|emergency|911/i);
    });

    it('shows the most urgent of several ticks, and goes back down when unticked', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      await tick(el, 'want-guidance', 'new-daily-pain');
      expect(levelOf(el)).to.equal('soon');
      await tick(el, 'warning-sign', 'six-weeks');
      expect(levelOf(el)).to.equal('emergency');
      expect(resultText(el)).not.to.contain('refer you to a physical therapist');
      await tick(el, 'warning-sign');
      expect(levelOf(el)).to.equal('soon');
      await tick(el, 'six-weeks', 'new-daily-pain');
      expect(levelOf(el)).to.equal('routine');
      await tick(el, 'want-guidance');
      expect(levelOf(el)).to.equal('none');
    });

    it('gives every step at the top level once, in the order of the list', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist weeks-postpartum="8"></backcare-pt-checklist>`,
      );
      await tick(el, 'exercise-pain', 'new-daily-pain', 'six-weeks');
      const paragraphs = [...part(el, 'result').querySelectorAll('p:not(.badge)')].map((p) =>
        p.textContent!.trim(),
      );
      // Six weeks and new daily pain after six weeks share one wording: said once.
      expect(paragraphs).to.have.length(2);
      expect(paragraphs[0]).to.contain('Stop the exercise right away');
      expect(paragraphs[1]).to.contain('Now is the time to tell your OB-GYN');
    });

    it('marks each level with its own border, label and icon, not colour alone', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist>
          <ul slot="items">
            <li data-id="today" data-level="now">Something for today</li>
          </ul>
        </backcare-pt-checklist>`,
      );
      const looks = new Set<string>();
      const badges = new Set<string>();
      const icons = new Set<string>();
      const levels = [[], ['want-guidance'], ['six-weeks'], ['today'], ['warning-sign']];
      for (const ids of levels) {
        for (const b of boxes(el)) if (b.checked) b.click();
        await tick(el, ...ids);
        const style = getComputedStyle(part(el, 'result'));
        looks.add(`${style.borderTopStyle} ${style.borderTopWidth} ${style.borderLeftWidth}`);
        badges.add(part(el, 'badge').textContent!.trim());
        icons.add(part(el, 'badge').querySelector('path')!.getAttribute('d')!);
      }
      expect(looks.size).to.equal(5);
      expect(badges.size).to.equal(5);
      expect(icons.size).to.equal(5);
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

    describe('the embedder’s own items', () => {
      for (const level of ['routine', 'soon', 'now', 'emergency'] as const) {
        it(`get the generic ${level} wording, with no physical-therapist advice`, async () => {
          const el = await checklist(
            html`<backcare-pt-checklist>
              <ul slot="items">
                <li data-id="own" data-level=${level}>A sign the clinic lists</li>
              </ul>
            </backcare-pt-checklist>`,
          );
          await tick(el, 'own');
          expect(levelOf(el)).to.equal(level);
          const paragraphs = [...part(el, 'result').querySelectorAll('p:not(.badge)')];
          expect(paragraphs.map((p) => p.textContent!.trim())).to.deep.equal([customSteps[level]]);
          expect(resultText(el)).not.to.contain('physical therapist');
        });
      }

      it('add their wording beside a built-in item’s at the same level', async () => {
        const el = await checklist(
          html`<backcare-pt-checklist>
            <ul slot="items">
              <li data-id="own">Soon, by the clinic</li>
            </ul>
          </backcare-pt-checklist>`,
        );
        await tick(el, 'six-weeks', 'own');
        expect(resultText(el)).to.contain('refer you to a physical therapist');
        expect(resultText(el)).to.contain(customSteps.soon);
      });

      it('an emergency item outranks the article’s advice', async () => {
        const el = await checklist(
          html`<backcare-pt-checklist>
            <ul slot="items">
              <li data-id="fever" data-level="emergency">Fever above 38 °C with back pain</li>
            </ul>
          </backcare-pt-checklist>`,
        );
        await tick(el, 'exercise-pain', 'fever');
        expect(levelOf(el)).to.equal('emergency');
        expect(part(el, 'badge').textContent!.trim()).to.equal('Emergency');
        expect(resultText(el)).to.contain(customSteps.emergency);
        expect(resultText(el)).not.to.contain('physical therapist');
      });
    });

    describe('weeks since the birth shape the wording', () => {
      const cases = [
        ['none', [], '3', 'tell your OB-GYN at your six-week check-up'],
        ['none', [], '8', 'see someone before it gets worse'],
        ['routine', ['want-guidance'], '3', 'Ask about it at your six-week check-up'],
        ['routine', ['want-guidance'], '8', 'You can book a visit now'],
        ['soon', ['new-daily-pain'], '5', 'Do not wait for your six-week check-up'],
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

      it('never puts new daily pain off to the six-week check-up', async () => {
        for (const weeks of ['0', '2', '5']) {
          const el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${weeks}></backcare-pt-checklist>`,
          );
          await tick(el, 'new-daily-pain');
          expect(resultText(el)).to.contain('Contact your care team soon.');
          expect(resultText(el)).to.contain('Do not wait for your six-week check-up.');
          expect(resultText(el)).not.to.contain('Bring this up at your six-week check-up');
        }
      });

      it('uses general wording when the weeks are unknown', async () => {
        const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
        await tick(el, 'new-daily-pain');
        expect(resultText(el)).to.contain('Contact your care team or a physical therapist soon.');
        expect(resultText(el)).not.to.contain('six-week check-up');
      });

      it('takes the reader’s word that six weeks have passed, whatever the weeks given', async () => {
        for (const weeks of ['2', '']) {
          const el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${weeks}></backcare-pt-checklist>`,
          );
          await tick(el, 'six-weeks');
          expect(resultText(el)).to.contain('Now is the time to tell your OB-GYN');
          expect(resultText(el)).not.to.contain('check-up');
        }
      });

      it('keeps the emergency wording whatever the weeks', async () => {
        for (const weeks of ['2', '20']) {
          const el = await checklist(
            html`<backcare-pt-checklist weeks-postpartum=${weeks}></backcare-pt-checklist>`,
          );
          await tick(el, 'warning-sign');
          expect(resultText(el)).to.contain(customSteps.emergency);
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
      for (const id of ['want-guidance', 'six-weeks', 'warning-sign']) {
        await tick(el, id);
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(status(el).textContent!.trim()).to.equal('');
      await waitUntil(() => status(el).textContent!.trim() !== '', 'announced', { timeout: 3000 });
      await new Promise((r) => setTimeout(r, 700));
      observer.disconnect();
      expect(heard).to.have.length(1);
      expect(heard[0]).to.equal(`Urgency: emergency – ${customSteps.emergency}`);
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
      await tick(el, 'warning-sign');
      await tick(el, 'warning-sign');
      document.removeEventListener('backcare-checklist-change', listen);
      expect(events.map((e) => e.detail)).to.deep.equal([
        { checked: ['want-guidance'], level: 'routine' },
        { checked: ['warning-sign', 'want-guidance'], level: 'emergency' },
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
