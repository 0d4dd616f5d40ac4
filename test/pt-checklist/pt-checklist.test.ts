import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/pt-checklist/define.js';
import type {
  BackcarePtChecklist,
  PtChecklistChangeDetail,
} from '../../src/pt-checklist/pt-checklist.js';
import { ptItemIds } from '../../src/pt-checklist/content.js';
import { captureWarnings, shadowText, unique } from '../support/helpers.js';

// A fixed "today", 15 June 2026, so every date test gives the same weeks in any year.
const today = () => new Date(2026, 5, 15, 10, 30);

const steps = {
  none: 'Nothing is ticked.',
  routine: 'A physical therapist can help you get your back back to full strength.',
  soon: 'refer you to a physical therapist',
  now: 'Do not wait. Stop any exercise that causes pain',
} as const;

async function checklist(template: ReturnType<typeof html>): Promise<BackcarePtChecklist> {
  const el = await fixture<BackcarePtChecklist>(template);
  await el.updateComplete;
  return el;
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const boxes = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
const box = (el: Element, id: string) => boxes(el).find((b) => b.value === id)!;
const labelOf = (input: HTMLInputElement) =>
  input.labels![0]!.textContent!.replace(/\s+/g, ' ').trim();
const describedBy = (input: HTMLInputElement) => {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};
const note = (el: Element) =>
  el.shadowRoot!.querySelector('#birth-note')!.textContent!.replace(/\s+/g, ' ').trim();
const resultText = (el: Element) => shadowText(el, '[part~="result"]');
const status = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const dateInput = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

async function tick(el: BackcarePtChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) box(el, id).click();
  await el.updateComplete;
}

async function enterDate(el: BackcarePtChecklist, value: string): Promise<void> {
  const input = dateInput(el);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

function levelOf(el: Element): string {
  const result = part(el, 'result');
  return ['none', 'routine', 'soon', 'now'].find((l) => result.classList.contains(l))!;
}

describe('<backcare-pt-checklist>', () => {
  describe('content', () => {
    it('lists the article’s four reasons as labelled checkboxes with what to do', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(part(el, 'heading').localName).to.equal('h2');
      expect(part(el, 'heading').textContent).to.equal('When to see a physical therapist');
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...ptItemIds]);
      expect(labelOf(box(el, 'exercise-pain')))
        .to.contain('pain or discomfort')
        .and.contain('exercises');
      expect(labelOf(box(el, 'six-weeks'))).to.contain('six weeks or more');
      expect(labelOf(box(el, 'new-daily-pain'))).to.contain('everyday thing');
      expect(labelOf(box(el, 'want-guidance'))).to.contain('full strength');
      expect(describedBy(box(el, 'exercise-pain'))).to.contain('Stop right away');
      expect(describedBy(box(el, 'six-weeks')))
        .to.contain('OB-GYN')
        .and.contain('refer yourself');
      expect(describedBy(box(el, 'new-daily-pain'))).to.contain('before it gets worse');
      expect(describedBy(box(el, 'want-guidance'))).to.contain('physical therapist');
      const legend = el.shadowRoot!.querySelector('fieldset legend')!;
      expect(legend.textContent).to.equal('What applies to you?');
    });

    it('credits each piece of advice to the therapists who gave it', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      for (const id of ['exercise-pain', 'want-guidance']) {
        expect(describedBy(box(el, id))).to.contain(
          'Advice from Vystejnova, Orvis, and O’Sullivan.',
        );
      }
      for (const id of ['six-weeks', 'new-daily-pain']) {
        expect(describedBy(box(el, id))).to.contain('Advice from Orvis.');
      }
      const credit = part(el, 'credit').textContent!.replace(/\s+/g, ' ');
      expect(credit).to.contain('Barbora Vystejnova, MS, PT, DPT, PRPC');
      expect(credit).to.contain('Brook Orvis, PT, DPT, WCS, PRPC, CLT');
      expect(credit).to.contain('Duke Health');
      expect(credit).to.contain('Caitlyn O’Sullivan, PT, DPT');
      expect(credit).to.contain(
        'Dealing With Postpartum Back Pain? Physical Therapists Share Their Tips',
      );
      expect(credit).to.contain('not medical advice');
      expect(credit).to.contain(
        'Checked against its sources on November 24, 2026. Not yet reviewed by a clinician.',
      );
    });

    it('gives every checkbox a touch target at least 44px tall', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      for (const b of boxes(el)) {
        expect(b.labels![0]!.getBoundingClientRect().height).to.be.at.least(44);
        expect(b.getBoundingClientRect().height).to.be.at.least(24);
      }
      expect(dateInput(el).getBoundingClientRect().height).to.be.at.least(44);
    });

    it('ticks with the keyboard', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      box(el, 'want-guidance').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(box(el, 'want-guidance').checked).to.equal(true);
      expect(levelOf(el)).to.equal('routine');
    });

    it('sets the heading level and keeps the result heading one below', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist heading-level="4"></backcare-pt-checklist>`,
      );
      expect(part(el, 'heading').localName).to.equal('h4');
      expect(part(el, 'result').querySelector('.subheading')!.localName).to.equal('h5');
    });

    it('falls back to h2 with one warning for a bad heading level', async () => {
      const bad = unique('7');
      let el!: BackcarePtChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(
          html`<backcare-pt-checklist heading-level=${bad}></backcare-pt-checklist>`,
        );
      });
      expect(part(el, 'heading').localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level').and.contain('1 to 6');
    });
  });

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
        expect(resultText(el)).to.contain('Do it soon, before the pain gets worse');
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
      expect(resultText(el)).to.contain('Bring this up at your six-week check-up');
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

  describe('the embedder’s own items', () => {
    it('shows them after the built-in ones, and they count toward the result', async () => {
      const events: PtChecklistChangeDetail[] = [];
      const el = await checklist(
        html`<backcare-pt-checklist
          @backcare-checklist-change=${(e: Event) =>
            events.push((e as CustomEvent<PtChecklistChangeDetail>).detail)}
        >
          <ul slot="items">
            <li data-id="fever" data-level="now">Fever above 38 °C with back pain</li>
            <li data-id="tingling" data-level="routine">Tingling in your feet</li>
          </ul>
        </backcare-pt-checklist>`,
      );
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...ptItemIds, 'fever', 'tingling']);
      expect(labelOf(box(el, 'fever'))).to.equal('Fever above 38 °C with back pain');
      await tick(el, 'tingling');
      expect(levelOf(el)).to.equal('routine');
      await tick(el, 'six-weeks', 'fever');
      expect(levelOf(el)).to.equal('now');
      expect(events.at(-1)).to.deep.equal({
        checked: ['six-weeks', 'fever', 'tingling'],
        level: 'now',
      });
      expect((el.querySelector('ul') as HTMLElement).offsetHeight).to.equal(0);
    });

    it('shows markup inside an item as text', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist>
          <ul slot="items">
            <li data-id="marked"><b>Bold</b> &lt;img src=x onerror=alert(1)&gt;</li>
          </ul>
        </backcare-pt-checklist>`,
      );
      expect(labelOf(box(el, 'marked'))).to.equal('Bold <img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    });

    it('picks up items added, changed or removed later', async () => {
      const el = await checklist(
        html`<backcare-pt-checklist><ul slot="items"></ul></backcare-pt-checklist>`,
      );
      const list = el.querySelector('ul')!;
      const li = document.createElement('li');
      li.dataset.id = 'late';
      li.dataset.level = 'now';
      li.textContent = 'Added later';
      list.append(li);
      await waitUntil(() => box(el, 'late'), 'the new item appears');
      expect(labelOf(box(el, 'late'))).to.equal('Added later');
      await tick(el, 'late');
      expect(levelOf(el)).to.equal('now');
      li.textContent = 'Changed text';
      await waitUntil(() => labelOf(box(el, 'late')) === 'Changed text', 'the text follows');
      li.dataset.level = 'routine';
      await waitUntil(() => levelOf(el) === 'routine', 'the level follows');
      li.remove();
      await waitUntil(() => !box(el, 'late'), 'the item goes');
      expect(levelOf(el)).to.equal('none');
    });

    it('treats a missing level as “soon”, and an unknown one too with one warning', async () => {
      const bad = unique('urgent');
      let el!: BackcarePtChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(
          html`<backcare-pt-checklist>
            <ul slot="items">
              <li data-id="plain">No level</li>
              <li data-id="odd" data-level=${bad}>Odd level</li>
            </ul>
          </backcare-pt-checklist>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(bad).and.contain('routine, soon, now');
      await tick(el, 'plain');
      expect(levelOf(el)).to.equal('soon');
      await tick(el, 'plain', 'odd');
      expect(levelOf(el)).to.equal('soon');
    });

    it('names an item without a usable id, with one warning', async () => {
      const text = unique('Item ');
      let el!: BackcarePtChecklist;
      const warnings = await captureWarnings(async () => {
        el = await checklist(
          html`<backcare-pt-checklist>
            <ul slot="items">
              <li data-id="six-weeks">${text}</li>
            </ul>
          </backcare-pt-checklist>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(text).and.contain('data-id').and.contain('custom-1');
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...ptItemIds, 'custom-1']);
    });
  });

  describe('remember', () => {
    const key = (name: string) => `backcare:pt-checklist:${name}`;
    const methods = ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const;
    type Method = (typeof methods)[number];
    let originals: Partial<Record<Method, unknown>> = {};

    function stubStorage(
      replace: (method: Method, original: (...a: unknown[]) => unknown) => unknown,
    ): void {
      originals = {};
      for (const method of methods) {
        const original = Storage.prototype[method] as (...a: unknown[]) => unknown;
        originals[method] = original;
        (Storage.prototype as unknown as Record<string, unknown>)[method] = replace(
          method,
          original,
        );
      }
    }

    afterEach(() => {
      for (const method of methods) {
        if (originals[method]) {
          (Storage.prototype as unknown as Record<string, unknown>)[method] = originals[method];
        }
      }
      originals = {};
    });

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

    it('shows every item, the next step, the contact and the fine print, without controls', async () => {
      let emulated = true;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        emulated = false; // this browser's driver cannot emulate media: check the print rules
      }
      try {
        const el = await printed();
        const root = el.shadowRoot!;
        if (emulated) {
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
        } else {
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
        }
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });

    it('writes a blank line for the birth date when none was entered', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(el.shadowRoot!.querySelector('.print-only')!.textContent!.trim()).to.match(
        /^Baby’s birth date: _{6,}$/,
      );
    });
  });

  describe('accessibility', () => {
    it('is accessible in light and dark, at every level', async () => {
      for (const theme of ['light', 'dark']) {
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
      }
    });
  });
});
