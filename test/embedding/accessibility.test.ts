import { expect } from '@open-wc/testing';
import { shareFixturesWithPages } from '../support/registry.js';
import { closePages, hosts, openPage } from './pages.js';

// axe-core over every element in every variant on a real host page, in each language and
// theme. Pages under test/pages/.

before(shareFixturesWithPages);
afterEach(closePages);

describe('accessibility sweep (axe, WCAG 2.2 A and AA)', () => {
  type Axe = {
    run: (
      el: Element,
      options: object,
    ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
  };
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
        // axe must run in the page that holds the widgets.
        await new Promise<void>((resolve, reject) => {
          const script = frame.contentDocument!.createElement('script');
          script.src = '/node_modules/axe-core/axe.min.js';
          script.onload = () => resolve();
          script.onerror = reject;
          frame.contentDocument!.head.append(script);
        });
        const frameAxe = (frame.contentWindow as unknown as { axe: Axe }).axe;
        const found: string[] = [];
        for (const host of hosts(frame)) {
          const { violations } = await frameAxe.run(host, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
            },
          });
          for (const v of violations)
            found.push(
              `${host.localName} ${host.getAttribute('data-variant')}: ${v.id} (${v.help}) ×${v.nodes.length}`,
            );
        }
        expect(found).to.deep.equal([]);
      });
    }
  }
});
