import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, unique } from '../support/helpers.js';
import { planNames, root, routine, text } from './helpers.js';

const six = [
  'Cat-cow',
  'Child’s pose',
  'Bridge',
  'Pelvic circles',
  'Shoulder blade squeeze with a band',
  'Doorway chest stretch',
];

describe('<backcare-routine> plan', () => {
  it('without a plan shows the article’s six, in order, with no dose and no duration', async () => {
    const el = await routine(html`<backcare-routine></backcare-routine>`);
    expect(planNames(el)).to.deep.equal(six);
    expect(root(el).querySelectorAll('.plan .dose')).to.have.length(0);
    expect(text(el)).not.to.match(/minute|repetition|second/);
    expect(text(el)).to.contain('Ask your doctor or midwife before you start.');
  });

  it('follows the clinician’s list when a page changes it after the element is shown', async () => {
    const el = (await routine(
      html`<backcare-routine exercises="cat-cow">
        <ol slot="plan">
          <li data-exercise="bridge" data-reps="10">Bridge: 10 times</li>
        </ol>
      </backcare-routine>`,
    )) as HTMLElement & { updateComplete: Promise<boolean> };
    expect(planNames(el)).to.deep.equal(['Bridge']);
    const list = el.querySelector('ol')!;
    // A framework re-rendering the list: an item added, then a dose changed.
    list.insertAdjacentHTML('beforeend', '<li data-exercise="childs-pose">Child’s pose</li>');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(planNames(el)).to.deep.equal(['Bridge', 'Child’s pose']);
    list.children[0]!.setAttribute('data-reps', '12');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(text(el)).to.contain('12 repetitions');
    // Without the list, the `exercises` attribute is the plan again.
    list.remove();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(planNames(el)).to.deep.equal(['Cat-cow']);
  });

  it('exercises="…" gives those, in order; unknown ids are skipped with a warning each', async () => {
    const bad = unique('hop');
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await routine(
        html`<backcare-routine exercises="bridge ${bad} CAT-COW constructor"></backcare-routine>`,
      );
    });
    expect(planNames(el)).to.deep.equal(['Bridge', 'Cat-cow']);
    expect(warnings.filter((w) => w.includes(bad))).to.have.length(1);
    expect(warnings.find((w) => w.includes(bad)))
      .to.contain('cat-cow')
      .and.contain('bridge');
  });

  it('with no known exercise left shows a polite note and no Start', async () => {
    let el!: HTMLElement;
    await captureWarnings(async () => {
      el = await fixture(
        html`<backcare-routine exercises="__proto__ toString"></backcare-routine>`,
      );
    });
    const note = root(el).querySelector('[part="message"]')!;
    expect(note.getAttribute('role')).to.equal('status');
    expect(note.textContent).to.contain('we do not know the exercises in this plan');
    expect(
      [...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim()),
    ).not.to.include('Start');
  });

  it('reads the clinician’s list with its doses; bad values and items are dropped, with warnings', async () => {
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await routine(
        html`<backcare-routine>
          <ol slot="plan">
            <li data-exercise="bridge" data-reps="10" data-sets="2">Bridge: 10 times, 2 sets</li>
            <li data-exercise="childs-pose" data-hold="30">Child’s pose: hold 30 seconds</li>
            <li data-exercise="constructor" data-hold="30">Not an exercise</li>
            <li data-exercise="cat-cow" data-reps="1e3" data-hold="-5">Cat-cow</li>
            <li>No id</li>
          </ol>
        </backcare-routine>`,
      );
    });
    expect(planNames(el)).to.deep.equal(['Bridge', 'Child’s pose', 'Cat-cow']);
    const doses = [...root(el).querySelectorAll('.plan > li')].map(
      (li) => li.querySelector('.dose')?.textContent ?? '',
    );
    expect(doses).to.deep.equal(['10 repetitions, 2 sets', 'hold 30 seconds', '']);
    // As it reads aloud: the name and the dose are two words apart, not run together.
    const items = [...root(el).querySelectorAll('.plan > li')].map((li) => {
      const words = document.createRange();
      words.setStartBefore(li.querySelector('.name')!);
      words.setEndAfter(li.querySelector('.dose') ?? li.querySelector('.name')!);
      return words.toString().replace(/\s+/g, ' ').trim();
    });
    expect(items).to.deep.equal([
      'Bridge 10 repetitions, 2 sets',
      'Child’s pose hold 30 seconds',
      'Cat-cow',
    ]);
    expect(warnings.join('\n')).to.contain('data-exercise="constructor"');
    expect(warnings.join('\n')).to.contain('data-reps="1e3"').and.contain('1 to 100');
    expect(warnings.join('\n')).to.contain('data-hold="-5"').and.contain('1 to 300');
    // The list is the fallback: once drawn, the light-DOM list is not shown.
    expect(el.querySelector('ol')!.getClientRects()).to.have.length(0);
  });

  it('says how long the holds take only when every exercise has one', async () => {
    const all = await routine(
      html`<backcare-routine>
        <ol slot="plan">
          <li data-exercise="childs-pose" data-hold="30" data-sets="2">a</li>
          <li data-exercise="bridge" data-hold="5" data-reps="10">b</li>
        </ol>
      </backcare-routine>`,
    );
    // 30 × 2 + 5 × 10 = 110 seconds: about 2 minutes.
    expect(text(all)).to.contain('The holds take about 2 minutes in all.');
    const some = await routine(
      html`<backcare-routine>
        <ol slot="plan">
          <li data-exercise="childs-pose" data-hold="30">a</li>
          <li data-exercise="bridge" data-reps="10">b</li>
        </ol>
      </backcare-routine>`,
    );
    expect(text(some)).not.to.contain('minute');
  });

  it('shows its overview in Spanish', async () => {
    const el = await routine(
      html`<backcare-routine lang="es" exercises="bridge"></backcare-routine>`,
    );
    expect(text(el)).to.contain('Su rutina para la espalda').and.contain('Puente');
    expect(text(el)).to.contain('Empezar');
  });
});
