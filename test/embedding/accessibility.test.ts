import { expect } from '@open-wc/testing';
import { shareFixturesWithPages } from '../support/registry.js';
import { axeViolations, closePages, hosts, openPage } from './pages.js';

// axe-core over every element in every variant on a real host page, in each language and
// theme. Pages under test/pages/.

before(shareFixturesWithPages);
afterEach(closePages);

describe('accessibility sweep (axe, WCAG 2.2 A and AA)', () => {
  for (const lang of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      it(`has no violations: every element and variant, ${lang}, ${theme}`, async function () {
        // axe over every variant of every element takes seconds; with three browsers
        // starting at once on a small, busy machine, up to a minute.
        this.timeout(60000);
        const { frame, result } = await openPage(`/test/pages/clean.html?lang=${lang}`);
        expect(result.elements.length).to.be.greaterThan(0);
        for (const host of hosts(frame)) host.setAttribute('theme', theme);
        await Promise.all(
          hosts(frame).map(
            (h) => (h as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete,
          ),
        );
        const found: string[] = [];
        for (const host of hosts(frame)) {
          for (const v of await axeViolations(frame, host))
            found.push(`${host.localName} ${host.getAttribute('data-variant')}: ${v}`);
        }
        expect(found).to.deep.equal([]);
      });
    }
  }
});
