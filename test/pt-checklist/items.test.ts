import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  BackcarePtChecklist,
  PtChecklistChangeDetail,
} from '../../src/pt-checklist/pt-checklist.js';
import { builtInItemIds } from '../../src/pt-checklist/content.js';
import { captureWarnings, unique } from '../support/helpers.js';
import {
  checklist,
  part,
  boxes,
  box,
  labelOf,
  describedBy,
  dateInput,
  tick,
  levelOf,
} from './helpers.js';

// The article’s items and the embedder’s own.
describe('<backcare-pt-checklist>', () => {
  describe('content', () => {
    it('lists the article’s four reasons as labelled checkboxes with what to do', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      expect(part(el, 'heading').localName).to.equal('h2');
      expect(part(el, 'heading').textContent).to.equal('When to see a physical therapist');
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...builtInItemIds]);
      expect(labelOf(box(el, 'exercise-pain')))
        .to.contain('pain or discomfort')
        .and.contain('exercises');
      expect(labelOf(box(el, 'six-weeks'))).to.contain('six weeks or more');
      expect(labelOf(box(el, 'new-daily-pain'))).to.contain('everyday thing');
      expect(labelOf(box(el, 'want-guidance'))).to.contain('full strength');
      expect(describedBy(box(el, 'exercise-pain'))).to.contain('Stop right away');
      // The first time a parent meets "OB-GYN", it is said in plain words.
      expect(describedBy(box(el, 'six-weeks')))
        .to.contain('OB-GYN (the doctor for your pregnancy and birth)')
        .and.contain('refer yourself');
      expect(labelOf(box(el, 'warning-sign'))).to.contain('“Warning signs” list');
      expect(describedBy(box(el, 'warning-sign')))
        .to.contain('Get medical care now.')
        .and.contain('From public-health advice.');
      expect(describedBy(box(el, 'new-daily-pain'))).to.contain('before it gets worse');
      expect(describedBy(box(el, 'want-guidance'))).to.contain('physical therapist');
      const legend = el.shadowRoot!.querySelector('fieldset legend')!;
      expect(legend.textContent).to.equal('What applies to you?');
    });

    it('credits each piece of advice to the therapists who gave it', async () => {
      const el = await checklist(html`<backcare-pt-checklist></backcare-pt-checklist>`);
      // "Stop, and make an appointment" and "schedule a visit" are O'Sullivan's and Orvis's.
      for (const id of ['exercise-pain', 'want-guidance']) {
        expect(describedBy(box(el, id))).to.contain('Advice from O’Sullivan and Orvis.');
      }
      // The six-week quote names nobody: the article's therapists as a group, no one person.
      for (const id of ['six-weeks', 'new-daily-pain']) {
        const described = describedBy(box(el, id));
        expect(described).to.contain('Advice from the physical therapists in the article.');
        expect(described).not.to.match(/Orvis|O’Sullivan|Vystejnova/);
      }
      const credit = part(el, 'credit').textContent!.replace(/\s+/g, ' ');
      expect(credit).not.to.contain('Vystejnova');
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
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...builtInItemIds, 'fever', 'tingling']);
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
      expect(boxes(el).map((b) => b.value)).to.deep.equal([...builtInItemIds, 'custom-1']);
    });
  });
});
