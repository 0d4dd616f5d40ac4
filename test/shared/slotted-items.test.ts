import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SlottedItems, textOf } from '../../src/shared/slotted-items.js';
import { unique } from '../support/helpers.js';

/** A plan step, read the way a routine would read `<ol slot="plan"><li data-exercise …>`. */
interface Step {
  readonly exercise: string;
  readonly reps: string;
  readonly text: string;
}

class PlanHost extends LitElement {
  reads = 0;
  readonly plan = new SlottedItems(
    this,
    ['data-exercise', 'data-reps'],
    (lis): Step[] => {
      this.reads += 1;
      return lis.map((li) => ({
        exercise: li.getAttribute('data-exercise') ?? '',
        reps: li.getAttribute('data-reps') ?? '',
        text: textOf(li),
      }));
    },
    ':scope > [slot="plan"] li',
  );

  override render(): unknown {
    return html`<p>${this.plan.items.map((step) => step.exercise).join(' ')}</p>`;
  }
}
const planTag = unique('test-plan-');
customElements.define(planTag, PlanHost);

class ItemsHost extends LitElement {
  readonly list = new SlottedItems(this, ['data-id'], (lis) =>
    lis.map((li) => li.getAttribute('data-id')),
  );
}
const itemsTag = unique('test-items-');
customElements.define(itemsTag, ItemsHost);

async function mount<T extends HTMLElement>(tag: string, inner: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<${tag}>${inner}</${tag}>`;
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const exercises = (el: PlanHost) => el.plan.items.map((step) => step.exercise);

describe('SlottedItems', () => {
  it('reads the `li` of the items slot by default, only from the host’s own lists', async () => {
    const el = await mount<ItemsHost>(
      itemsTag,
      `<ul slot="items"><li data-id="a">A</li><li data-id="b">B <ul><li data-id="c">C</li></ul></li></ul>
       <ul><li data-id="unslotted">No slot</li></ul>
       <div><ul slot="items"><li data-id="deeper">Not the host’s own</li></ul></div>`,
    );
    expect(el.list.items).to.deep.equal(['a', 'b', 'c']);
  });

  it('reads another slot and other attributes when told to', async () => {
    const el = await mount<PlanHost>(
      planTag,
      `<ol slot="plan">
        <li data-exercise="pelvic-tilt" data-reps="10">Pelvic   tilt,
          <b>ten</b> times</li>
        <li data-exercise="bridge">Bridge</li>
      </ol>`,
    );
    expect(el.plan.items).to.deep.equal([
      { exercise: 'pelvic-tilt', reps: '10', text: 'Pelvic tilt, ten times' },
      { exercise: 'bridge', reps: '', text: 'Bridge' },
    ]);
    expect(el.shadowRoot!.textContent).to.equal('pelvic-tilt bridge');
    expect(el.reads).to.equal(1);
  });

  it('picks up items added, changed, moved into the slot and removed, and re-renders', async () => {
    const el = await mount<PlanHost>(planTag, '<ol slot="plan"></ol>');
    const list = el.querySelector('ol')!;
    const li = document.createElement('li');
    li.dataset.exercise = 'bridge';
    li.textContent = 'Bridge';
    list.append(li);
    await waitUntil(() => exercises(el).includes('bridge'), 'added');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('bridge');

    li.firstChild!.nodeValue = 'Bridge, slowly';
    await waitUntil(() => el.plan.items[0]?.text === 'Bridge, slowly', 'text changed');
    li.dataset.reps = '8';
    await waitUntil(() => el.plan.items[0]?.reps === '8', 'attribute changed');

    const later = document.createElement('ol');
    later.innerHTML = '<li data-exercise="cat-cow">Cat-cow</li>';
    el.append(later);
    await settle();
    expect(exercises(el)).to.deep.equal(['bridge']);
    later.slot = 'plan';
    await waitUntil(() => exercises(el).includes('cat-cow'), 'moved into the slot');

    li.remove();
    await waitUntil(() => !exercises(el).includes('bridge'), 'removed');
    expect(exercises(el)).to.deep.equal(['cat-cow']);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('cat-cow');
  });

  it('reads once for many changes at a time, and not for attributes it does not read', async () => {
    const el = await mount<PlanHost>(planTag, '<ol slot="plan"></ol>');
    const list = el.querySelector('ol')!;
    for (const name of ['a', 'b', 'c']) {
      const li = document.createElement('li');
      li.dataset.exercise = name;
      list.append(li);
    }
    await waitUntil(() => exercises(el).length === 3, 'all three');
    await settle();
    expect(el.reads).to.equal(2);
    list.firstElementChild!.className = 'done';
    list.firstElementChild!.setAttribute('title', 'Done');
    await settle();
    expect(el.reads).to.equal(2);
  });

  it('stops watching while disconnected, and reads again at the next update after', async () => {
    const el = await mount<PlanHost>(planTag, '<ol slot="plan"><li data-exercise="a"></li></ol>');
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('li')!.dataset.exercise = 'b';
    await settle();
    expect(el.reads).to.equal(1);
    expect(exercises(el)).to.deep.equal(['a']);
    parent.append(el);
    // Connecting does not update a Lit element by itself; its next update reads the list.
    el.requestUpdate();
    await el.updateComplete;
    expect(exercises(el)).to.deep.equal(['b']);
    expect(el.reads).to.equal(2);
    el.querySelector('li')!.dataset.exercise = 'c';
    await waitUntil(() => exercises(el)[0] === 'c', 'watching again');
  });
});

describe('textOf', () => {
  it('gives the text without markup, with white space squeezed', async () => {
    const li = document.createElement('li');
    li.innerHTML = '  <b>Bold</b>\n\t &lt;img src=x&gt;  <i> end </i> ';
    expect(textOf(li)).to.equal('Bold <img src=x> end');
    expect(textOf(document.createElement('li'))).to.equal('');
  });
});
