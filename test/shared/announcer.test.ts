import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Announcer } from '../../src/shared/announcer.js';

/** Just enough of a Lit element to count the updates a controller asks for. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Announcer', () => {
  it('joins its host and says nothing at first', () => {
    const host = new Host();
    const announcer = new Announcer(host);
    expect(host.controllers).to.deep.equal([announcer]);
    expect(announcer.text).to.equal('');
    expect(host.updates).to.equal(0);
  });

  it('speaks once the reader has paused for 500 ms, not before', async () => {
    const host = new Host();
    const announcer = new Announcer(host);
    const start = performance.now();
    announcer.announce(() => 'Urgency: soon');
    // Set right after the announcement, this wait ends before it, however busy the browser.
    await pause(400);
    expect(announcer.text).to.equal('');
    expect(host.updates).to.equal(0);
    await waitUntil(() => announcer.text !== '', 'announced', { interval: 10, timeout: 3000 });
    expect(performance.now() - start).to.be.at.least(495);
    expect(announcer.text).to.equal('Urgency: soon');
    expect(host.updates).to.equal(1);
  });

  it('lets a newer change replace a pending one, and words it when the time comes', async () => {
    const host = new Host();
    const announcer = new Announcer(host, 100);
    let level = 'routine';
    const asked: string[] = [];
    const message = () => {
      asked.push(level);
      return `Urgency: ${level}`;
    };
    announcer.announce(message);
    await pause(50);
    level = 'soon';
    announcer.announce(message);
    await pause(50);
    level = 'now';
    announcer.announce(message);
    expect(announcer.text).to.equal('');
    await waitUntil(() => announcer.text !== '', 'announced', { interval: 10, timeout: 3000 });
    await pause(150);
    expect(announcer.text).to.equal('Urgency: now');
    expect(asked).to.deep.equal(['now']);
    expect(host.updates).to.equal(1);
  });

  it('does not ask for an update when the words have not changed', async () => {
    const host = new Host();
    const announcer = new Announcer(host, 20);
    announcer.announce(() => 'Urgency: none');
    await waitUntil(() => host.updates === 1, 'announced', { interval: 10, timeout: 3000 });
    announcer.announce(() => 'Urgency: none');
    await pause(100);
    expect(host.updates).to.equal(1);
    announcer.announce(() => 'Urgency: routine');
    await waitUntil(() => host.updates === 2, 'announced again', { interval: 10, timeout: 3000 });
    expect(announcer.text).to.equal('Urgency: routine');
  });

  it('drops a pending announcement when its host is disconnected', async () => {
    const host = new Host();
    const announcer = new Announcer(host, 50);
    announcer.announce(() => 'Urgency: now');
    announcer.hostDisconnected();
    await pause(200);
    expect(announcer.text).to.equal('');
    expect(host.updates).to.equal(0);
  });
});
