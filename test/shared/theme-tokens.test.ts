import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import * as backcare from '../../src/backcare.js';
import { darkTokenPrefix, themeTokens, tokenPrefix } from '../../src/shared/tokens.js';

/** Every element class the library exports: the ones with static styles. */
const elementClasses = Object.values(backcare).filter(
  (value): value is typeof value & { styles: CSSResultGroup } =>
    typeof value === 'function' && 'styles' in value,
);

/** The text of a static `styles` value, whose arrays may nest. */
function cssTextOf(styles: CSSResultGroup): string {
  if (Array.isArray(styles)) return styles.map((style) => cssTextOf(style)).join('\n');
  const style = styles as CSSResultOrNative;
  return style instanceof CSSStyleSheet
    ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
    : style.cssText;
}

const tokenPattern = /--backcare-[a-z0-9-]+/g;
const cssTexts = elementClasses.map((element) => cssTextOf(element.styles));
const usedBy = cssTexts.map((css) => new Set(css.match(tokenPattern)));
const used = new Set(usedBy.flatMap((names) => [...names]));
const allCss = cssTexts.join('\n');

/** Every public name the table defines, dark twins included. */
const tableNames = new Set(
  themeTokens.flatMap((token) => [
    tokenPrefix + token.name,
    ...(token.dark === undefined ? [] : [darkTokenPrefix + token.name]),
  ]),
);

/** `var(--_x)` or `var(--_x, …)`, not a longer name such as `--_x-soft`. */
const reads = (css: string, variable: string) =>
  new RegExp(`var\\(\\s*${variable}\\s*[,)]`).test(css);

describe('theme tokens (src/shared/tokens.ts)', () => {
  it('finds every element and its styles', () => {
    // At least the five of today, so a new element does not break this test.
    expect(elementClasses.length).to.be.at.least(5);
    for (const css of cssTexts) expect(css).to.include(':host');
  });

  it('lists every --backcare-* token that an element’s styles use', () => {
    expect(used.size).to.be.greaterThan(10);
    const missing = [...used].filter((name) => !tableNames.has(name));
    expect(missing, 'used in styles but not in the table').to.deep.equal([]);
  });

  it('lists no token that no style uses', () => {
    const unused = [...tableNames].filter((name) => !used.has(name));
    expect(unused, 'in the table but in no element’s styles').to.deep.equal([]);
    // The theme styles map every token, so also ask whether anything reads the private
    // variable a token sets: if nothing does, the token changes nothing.
    const unread = themeTokens
      .filter((token) => token.target.startsWith('--_') && !reads(allCss, token.target))
      .map((token) => token.name);
    expect(unread, 'tokens whose private variable no style reads').to.deep.equal([]);
  });

  it('gives every element every token', () => {
    for (const names of usedBy) expect([...names].sort()).to.deep.equal([...tableNames].sort());
  });

  describe('a page setting them on <backcare-exercise-card>', () => {
    // Two accent lines: the motion cue in the drawing, and the edge of the slotted note
    // (computed on the page's own element, so every browser reports it the same way).
    const accentLines = (el: Element) => [
      getComputedStyle(el.shadowRoot!.querySelector('.illustration .cue')!).stroke,
      getComputedStyle(el.querySelector('[slot="note"]')!).borderInlineStartColor,
    ];

    it('uses the default accent without them', async () => {
      const el = await fixture(
        html`<backcare-exercise-card exercise="bridge" theme="light">
          <p slot="note">From your clinic</p>
        </backcare-exercise-card>`,
      );
      expect(accentLines(el)).to.deep.equal(['rgb(11, 107, 93)', 'rgb(11, 107, 93)']);
    });

    it('colours the accent lines with --backcare-accent', async () => {
      const el = await fixture(
        html`<backcare-exercise-card
          exercise="bridge"
          theme="light"
          style="--backcare-accent: rgb(200, 0, 100)"
        >
          <p slot="note">From your clinic</p>
        </backcare-exercise-card>`,
      );
      expect(accentLines(el)).to.deep.equal(['rgb(200, 0, 100)', 'rgb(200, 0, 100)']);
    });

    it('colours them with the dark twin in the dark scheme', async () => {
      const el = await fixture(
        html`<backcare-exercise-card
          exercise="bridge"
          theme="dark"
          style="--backcare-accent: rgb(200, 0, 100); --backcare-dark-accent: rgb(0, 120, 240)"
        >
          <p slot="note">From your clinic</p>
        </backcare-exercise-card>`,
      );
      expect(accentLines(el)).to.deep.equal(['rgb(0, 120, 240)', 'rgb(0, 120, 240)']);
    });
  });
});
