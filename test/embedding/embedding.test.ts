import { expect } from '@open-wc/testing';
import { shareFixturesWithPages } from '../support/registry.js';
import { closePages, openPage, type ProbeResult } from './pages.js';

// Each test opens a real host page from test/pages/ (see pages.ts) and checks what every
// element rendered there.

function expectAllRendered(result: ProbeResult) {
  expect(result.elements.length).to.be.greaterThan(5);
  for (const el of result.elements) {
    expect(el.defined, `${el.tag} is defined`).to.equal(true);
    expect(el.text.length, `${el.tag} ${el.variant} shows its content`).to.be.greaterThan(100);
    expect(el.text, `${el.tag} ${el.variant} shows the disclaimer`).to.match(/not medical advice/);
    expect(el.height, `${el.tag} ${el.variant} takes space`).to.be.greaterThan(100);
  }
}

before(shareFixturesWithPages);
afterEach(closePages);

describe('embedding: strict Content-Security-Policy', () => {
  it('sends the policy, and every element renders with no violation', async () => {
    const response = await fetch('/test/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("script-src 'self'");
    const { frame, result } = await openPage('/test/pages/csp.html');
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expectAllRendered(result);

    // The policy is really in force: eval is refused and the refusal is reported.
    const win = frame.contentWindow as Window & {
      evalRan?: boolean;
      backcareViolations: string[];
      eval: (code: string) => unknown;
    };
    try {
      win.eval('window.evalRan = true');
    } catch {
      // expected: blocked by script-src without 'unsafe-eval'
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(win.evalRan).to.equal(undefined);
    expect(win.backcareViolations.join(' ')).to.match(/script-src|trusted-types/);
  });

  it('enforces Trusted Types where the browser has them', async function () {
    const { frame } = await openPage('/test/pages/csp.html');
    const win = frame.contentWindow as Window & { trustedTypes?: unknown };
    if (!win.trustedTypes) this.skip(); // this engine has no Trusted Types
    const div = frame.contentDocument!.createElement('div');
    expect(() => {
      div.innerHTML = '<b>plain string</b>';
    }).to.throw();
  });
});

// A policy may list the Trusted Types policies it allows. Lit makes one named `lit-html`,
// and each of our files carries its own Lit, so a page that loads more than one of them must
// allow that name twice ('allow-duplicates'); one file needs only the name.
describe('embedding: a Trusted Types list', () => {
  it('naming lit-html: backcare.js renders every element with no violation', async () => {
    const response = await fetch('/test/pages/csp-named-policy.html');
    expect(response.headers.get('content-security-policy')).to.match(/trusted-types lit-html$/);
    const { result } = await openPage('/test/pages/csp-named-policy.html');
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expectAllRendered(result);
  });

  it("with 'allow-duplicates': every entry on one page, no violation", async () => {
    const { result } = await openPage('/test/pages/csp-named-policy-mixed.html?duplicates');
    expect(result.violations).to.deep.equal([]);
    expect(result.errors).to.deep.equal([]);
    expectAllRendered(result);
  });

  it('without it, where the browser enforces the list, a second file is refused', async function () {
    const { frame, result } = await openPage('/test/pages/csp-named-policy-mixed.html');
    if (!(frame.contentWindow as Window & { trustedTypes?: unknown }).trustedTypes) this.skip();
    expect(result.violations.join(' ')).to.contain('trusted-types');
  });
});

describe('embedding: hostile host CSS', () => {
  const properties = [
    'color',
    'background-color',
    'display',
    'position',
    'margin-top',
    'margin-inline-start',
    'padding-top',
    'padding-inline-start',
    'border-top-width',
    'border-top-style',
    'line-height',
    'letter-spacing',
    'word-spacing',
    'text-transform',
    'text-indent',
    'text-align',
    'text-shadow',
    'font-style',
    'font-weight',
    'white-space',
    'list-style-position',
    'list-style-type',
    'fill',
    'stroke',
    'cursor',
  ];

  function stylesOf(frame: HTMLIFrameElement): Map<string, string> {
    const out = new Map<string, string>();
    const win = frame.contentWindow!;
    frame.contentDocument!.querySelectorAll('body > *').forEach((host, h) => {
      host.shadowRoot?.querySelectorAll('*').forEach((node, n) => {
        if (node.localName === 'style' || node.localName === 'slot') return;
        const style = win.getComputedStyle(node);
        for (const p of properties) {
          out.set(
            `${host.localName}#${h} ${node.localName}.${node.getAttribute('class') ?? ''}#${n} ${p}`,
            style.getPropertyValue(p),
          );
        }
      });
    });
    return out;
  }

  it('keeps every element’s layout and colours; only the font comes through', async () => {
    const clean = await openPage('/test/pages/clean.html');
    const hostile = await openPage('/test/pages/hostile.html');
    expectAllRendered(hostile.result);
    expect(hostile.result.errors).to.deep.equal([]);

    const expected = stylesOf(clean.frame);
    const actual = stylesOf(hostile.frame);
    expect(actual.size).to.equal(expected.size);
    expect(actual.size).to.be.greaterThan(500);
    const differences = [...expected]
      .filter(([key, value]) => actual.get(key) !== value)
      .map(([key, value]) => `${key}: ${value} became ${actual.get(key)}`);
    expect(differences.slice(0, 10), `${differences.length} styles changed`).to.deep.equal([]);

    // The documented exception: the page's font reaches the widgets.
    const heading = hostile.frame
      .contentDocument!.querySelector('backcare-exercise-card')!
      .shadowRoot!.querySelector('.heading')!;
    expect(hostile.frame.contentWindow!.getComputedStyle(heading).fontFamily).to.contain('Georgia');
  });
});

describe('embedding: loaded more than once', () => {
  it('two script tags and a second copy of backcare.js: no error, everything works', async () => {
    const { result } = await openPage('/test/pages/twice.html');
    expect(result.errors).to.deep.equal([]);
    expectAllRendered(result);
  });

  it('backcare.js beside every single-element entry: no error, everything works', async () => {
    const { frame, result } = await openPage('/test/pages/mixed.html');
    expect(result.errors).to.deep.equal([]);
    expectAllRendered(result);
    // Each file brings its own Lit; the first to define a tag keeps it. The full bundle,
    // loaded last, changes none of them. (The checklist's file also carries the warning
    // signs, so either file may have defined that one.)
    const { single, bundle } = (
      frame.contentWindow as Window & {
        loadedClasses: {
          single: Record<string, CustomElementConstructor>;
          bundle: Record<string, unknown>;
        };
      }
    ).loadedClasses;
    const tags = Object.keys(single);
    expect(tags.length).to.be.greaterThan(5);
    for (const tag of tags) {
      const defined = frame.contentWindow!.customElements.get(tag);
      expect(Object.values(bundle), `${tag}: not the bundle's copy`).to.not.include(defined);
      if (tag !== 'backcare-warning-signs') expect(defined, tag).to.equal(single[tag]);
    }
  });
});
