import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StoredState } from '../../src/shared/stored-state.js';
import { captureWarnings, unique } from '../support/helpers.js';
import { restoreStorage, stubStorage } from '../support/storage.js';

interface Answers {
  readonly picked: string[];
}

function validAnswers(data: unknown): Answers | undefined {
  const picked = (data as { picked?: unknown } | null)?.picked;
  return Array.isArray(picked) && picked.every((p) => typeof p === 'string')
    ? { picked }
    : undefined;
}

class RememberingHost extends LitElement {
  static override properties = {
    remember: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
  };
  declare remember: boolean;
  declare storageKey: string | null;
  readonly restored: Answers[] = [];
  readonly saved = new StoredState(this, 'test-state', validAnswers, (answers) =>
    this.restored.push(answers),
  );

  constructor() {
    super();
    this.remember = false;
    this.storageKey = null;
  }
}
const tag = unique('test-remembering-');
customElements.define(tag, RememberingHost);

async function host(remember: boolean, storageKey?: string): Promise<RememberingHost> {
  const parent = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as RememberingHost;
  el.remember = remember;
  if (storageKey !== undefined) el.storageKey = storageKey;
  parent.append(el);
  await el.updateComplete;
  return el;
}

const key = (name: string) => `backcare:test-state:${name}`;
const stored = (name: string) => JSON.parse(localStorage.getItem(key(name)) ?? 'null');

describe('StoredState', () => {
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
    const el = await host(false, unique('off-'));
    el.saved.write({ picked: ['a'] });
    el.saved.clear();
    el.storageKey = unique('other-');
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
    expect(el.restored).to.deep.equal([]);
  });

  it('restores what it kept, writes under backcare:NAME:storage-key, and clears', async () => {
    const name = unique('kept-');
    const first = await host(true, name);
    expect(first.restored).to.deep.equal([]);
    first.saved.write({ picked: ['a', 'b'] });
    expect(stored(name)).to.deep.equal({ picked: ['a', 'b'] });
    first.remove();

    const second = await host(true, name);
    expect(second.restored).to.deep.equal([{ picked: ['a', 'b'] }]);
    second.requestUpdate();
    await second.updateComplete;
    expect(second.restored).to.have.length(1);
    second.saved.clear();
    expect(localStorage.getItem(key(name))).to.equal(null);
  });

  it('keeps the answers under the page’s path when there is no storage-key', async () => {
    const el = await host(true);
    el.saved.write({ picked: ['path'] });
    expect(stored(location.pathname)).to.deep.equal({ picked: ['path'] });
    el.saved.clear();
    expect(localStorage.getItem(key(location.pathname))).to.equal(null);
  });

  it('opens the store again when remember or storage-key changes', async () => {
    const [a, b] = [unique('a-'), unique('b-')];
    localStorage.setItem(key(b), JSON.stringify({ picked: ['from b'] }));
    const el = await host(true, a);
    el.saved.write({ picked: ['from a'] });
    el.storageKey = b;
    await el.updateComplete;
    expect(el.restored).to.deep.equal([{ picked: ['from b'] }]);
    el.remember = false;
    await el.updateComplete;
    el.saved.write({ picked: ['nowhere'] });
    expect(stored(b)).to.deep.equal({ picked: ['from b'] });
    el.remember = true;
    el.storageKey = a;
    await el.updateComplete;
    expect(el.restored).to.deep.equal([{ picked: ['from b'] }, { picked: ['from a'] }]);
    localStorage.removeItem(key(a));
    localStorage.removeItem(key(b));
  });

  for (const corrupt of ['{not json', 'null', '[]', '{"picked":"a"}', '{"picked":[1]}']) {
    it(`drops and removes stored data it does not accept: ${corrupt}`, async () => {
      const name = unique('corrupt-');
      localStorage.setItem(key(name), corrupt);
      let el!: RememberingHost;
      const warnings = await captureWarnings(async () => {
        el = await host(true, name);
      });
      expect(warnings).to.deep.equal([]);
      expect(el.restored).to.deep.equal([]);
      expect(localStorage.getItem(key(name))).to.equal(null);
    });
  }

  it('keeps the answers in memory, quietly, when storage throws', async () => {
    stubStorage(() => () => {
      throw new DOMException('denied', 'SecurityError');
    });
    const name = unique('throws-');
    const warnings = await captureWarnings(async () => {
      const first = await host(true, name);
      first.saved.write({ picked: ['kept'] });
      first.remove();
      const second = await host(true, name);
      expect(second.restored).to.deep.equal([{ picked: ['kept'] }]);
      second.saved.clear();
      second.remove();
      const third = await host(true, name);
      expect(third.restored).to.deep.equal([]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the answers in memory when storage is full', async () => {
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
    const first = await host(true, name);
    first.saved.write({ picked: ['full'] });
    expect(localStorage.getItem(key(name))).to.equal(null);
    first.remove();
    const second = await host(true, name);
    expect(second.restored).to.deep.equal([{ picked: ['full'] }]);
    second.saved.clear();
  });
});
