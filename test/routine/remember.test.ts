import { expect, html } from '@open-wc/testing';
import type { BackcareRoutine } from '../../src/routine/routine.js';
import { unique } from '../support/helpers.js';
import { restoreStorage, stubStorage } from '../support/storage.js';
import { fakeClock, press, root, routine, text } from './helpers.js';

const key = (name: string) => `backcare:routine:${name}`;

async function finish(el: BackcareRoutine) {
  await press(el, 'Start');
  await press(el, 'Finish');
}

const make = (name: string, now: () => number) =>
  routine(
    html`<backcare-routine
      remember
      storage-key=${name}
      exercises="bridge"
      .now=${now}
    ></backcare-routine>`,
  );

const doneDays = (el: Element) =>
  [...root(el).querySelectorAll('.week li')].map((li) => li.classList.contains('done'));

describe('<backcare-routine> remember', () => {
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
    const el = await routine(html`<backcare-routine exercises="bridge"></backcare-routine>`);
    await finish(el);
    el.remove();
    expect(calls).to.deep.equal([]);
  });

  it('keeps only the dates, and shows them to a re-created element', async () => {
    const name = unique('page-');
    const time = fakeClock();
    const first = await make(name, time.now);
    await finish(first);
    expect(JSON.parse(localStorage.getItem(key(name))!)).to.deep.equal(['2026-06-15']);
    expect(text(first)).to.contain('The last 7 days').and.contain('Only the days you finish');
    expect(doneDays(first)).to.deep.equal([false, false, false, false, false, false, true]);
    first.remove();
    time.advance(2 * 864e5);
    const second = await make(name, time.now);
    await finish(second);
    expect(JSON.parse(localStorage.getItem(key(name))!)).to.deep.equal([
      '2026-06-15',
      '2026-06-17',
    ]);
    expect(doneDays(second)).to.deep.equal([false, false, false, false, true, false, true]);
    // Days, not blame: nothing is said of the days without a routine.
    expect(text(second)).not.to.match(/miss|skip|fail|streak|only \d/i);
    localStorage.removeItem(key(name));
  });

  it('merges with what another tab wrote meanwhile, and follows its storage events', async () => {
    const name = unique('tabs-');
    const time = fakeClock();
    const el = await make(name, time.now);
    await finish(el);
    // Another tab finished yesterday's routine and wrote after this one had read.
    localStorage.setItem(key(name), JSON.stringify(['2026-06-14']));
    dispatchEvent(new StorageEvent('storage', { key: key(name) }));
    await el.updateComplete;
    expect(doneDays(el)).to.deep.equal([false, false, false, false, false, true, false]);
    await press(el, 'Back to the list');
    await finish(el);
    expect(JSON.parse(localStorage.getItem(key(name))!)).to.deep.equal([
      '2026-06-14',
      '2026-06-15',
    ]);
    localStorage.removeItem(key(name));
  });

  it('clears the days with a visible button', async () => {
    const name = unique('clear-');
    const el = await make(name, fakeClock().now);
    await finish(el);
    await press(el, 'Clear my days');
    expect(localStorage.getItem(key(name))).to.equal(null);
    expect(doneDays(el)).to.deep.equal(Array(7).fill(false));
  });

  it('drops stored data it did not write', async () => {
    const name = unique('bad-');
    localStorage.setItem(key(name), JSON.stringify({ days: ['2026-06-15'], name: 'Ana' }));
    const el = await make(name, fakeClock().now);
    await finish(el);
    expect(JSON.parse(localStorage.getItem(key(name))!)).to.deep.equal(['2026-06-15']);
    localStorage.removeItem(key(name));
  });

  it('keeps working in memory when storage throws', async () => {
    stubStorage(() => () => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    addEventListener('error', onError);
    const el = await make(unique('broken-'), fakeClock().now);
    await finish(el);
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(text(el)).to.contain('Done for today');
    expect(doneDays(el).at(-1)).to.equal(true);
    expect(text(el).toLowerCase()).not.to.match(/storage|error/);
  });
});
