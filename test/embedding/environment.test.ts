import { expect } from '@open-wc/testing';
import { documentedTags } from '../support/manifest.js';
import { elements, fixturesOf, shareFixturesWithPages } from '../support/registry.js';
import { closePages, hosts, inShadow, openPage, probeOf, type ProbeResult } from './pages.js';

// How the built widgets behave with the storage and the privacy rules readers and hosts
// bring. Pages under test/pages/; print, motion and colours in media.test.ts.

function expectWorking(result: ProbeResult) {
  expect(result.errors).to.deep.equal([]);
  for (const el of result.elements) {
    expect(el.text.length, `${el.tag} ${el.variant} shows its content`).to.be.greaterThan(100);
  }
}

/** Uses every widget as a reader would: ticks each box, presses each tab. */
async function useEverything(frame: HTMLIFrameElement) {
  for (const host of hosts(frame)) {
    for (const control of inShadow(host, 'input[type="checkbox"], [role="tab"]')) control.click();
    await (host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }
}

before(shareFixturesWithPages);
afterEach(closePages);

describe('storage', () => {
  for (const mode of ['missing', 'throw', 'quota', 'corrupt']) {
    it(`every element works when storage is ${mode}`, async () => {
      const { frame, result } = await openPage(`/test/pages/storage.html?remember&mode=${mode}`);
      expectWorking(result);
      await useEverything(frame);
      const win = frame.contentWindow as Window & { backcareErrors: string[] };
      await new Promise((r) => setTimeout(r, 200));
      expect(win.backcareErrors).to.deep.equal([]);
      // Nothing alarming is shown to the reader.
      for (const host of hosts(frame)) {
        expect(host.shadowRoot!.textContent!.toLowerCase()).not.to.match(
          /storage|quota|error|exception/,
        );
      }
    });
  }

  it('keeps what the reader ticked across a reload with `remember`', async () => {
    localStorage.clear();
    const { frame } = await openPage('/test/pages/storage.html?remember&mode=working');
    const rememberers = hosts(frame).filter(
      (h) => h.hasAttribute('remember') && inShadow(h, 'input[type="checkbox"]').length,
    );
    await useEverything(frame);
    const ticked = rememberers.map((h) =>
      inShadow(h, 'input[type="checkbox"]').map((c) => c.matches(':checked')),
    );
    const reloaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    frame.contentWindow!.location.reload();
    await reloaded;
    await probeOf(frame);
    const after = hosts(frame)
      .filter((h) => h.hasAttribute('remember') && inShadow(h, 'input[type="checkbox"]').length)
      .map((h) => inShadow(h, 'input[type="checkbox"]').map((c) => c.matches(':checked')));
    expect(after).to.deep.equal(ticked);
    localStorage.clear();
  });
});

describe('privacy', () => {
  it('requests only its own files, sets no cookie, and writes storage only with `remember`', async () => {
    document.cookie.split(';').forEach((c) => {
      document.cookie = `${c.split('=')[0]!.trim()}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    });
    const { frame, result } = await openPage('/test/pages/storage.html?mode=working');
    expectWorking(result);
    await useEverything(frame);
    await new Promise((r) => setTimeout(r, 300));
    const win = frame.contentWindow as Window & { backcareStorageWrites?: string[] };
    const requested = (
      win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    ).map((e) => new URL(e.name));
    // The test server injects its own reload socket into every page it serves, and the
    // page's probe reads the manifest through the test kit; neither is a request the library
    // makes.
    const foreign = requested.filter(
      (url) =>
        url.pathname !== '/__web-dev-server__web-socket.js' &&
        (url.origin !== location.origin ||
          !/^\/(dist\/|test\/pages\/|test\/support\/manifest\.js$|custom-elements\.json$)/.test(
            url.pathname,
          )),
    );
    expect(foreign.map(String)).to.deep.equal([]);
    expect(frame.contentDocument!.cookie).to.equal('');
    expect(win.backcareStorageWrites).to.deep.equal([]);
  });
});

// The registry drives the fixtures, the bundle and the manifest; they must name the same elements.
describe('element registry', () => {
  it('names exactly the elements the manifest documents, each with fixtures', async () => {
    const documented = await documentedTags();
    expect([...documented].sort()).to.deep.equal(elements.map((e) => e.tag).sort());
    for (const { tag } of elements) expect(fixturesOf(tag).length, tag).to.be.greaterThan(0);
  });
});
