import { expect, waitUntil } from '@open-wc/testing';
import { mount, type Rendered } from '../support/fixture.js';
import { captureWarnings, unique } from '../support/helpers.js';
import { documentedElements } from '../support/manifest.js';
import { elements, fixturesOf } from '../support/registry.js';

// What every element in the registry does the same way: heading levels, themes, languages,
// bad attribute values, the credit, and the light-DOM fallback. A new element runs all of
// it by being in the registry. Nothing is defined until the first suite below has watched
// the fallback before the definitions and while Spanish loads for the first time.

const defineAll = () => import('../../src/backcare.js');
const documented = await documentedElements();

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const headingOf = (el: Element) => part(el, 'heading')?.textContent?.trim();
const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const luminance = (colour: string) => {
  const [r, g, b] = colour.match(/\d+/g)!.map(Number);
  return (r! + g! + b!) / 3;
};

const englishDisclaimer = 'not medical advice';
const spanishDisclaimer = 'Información educativa, no es consejo médico';
const sourceTitle = 'Dealing With Postpartum Back Pain? Physical Therapists Share Their Tips';
// Each element says what its content rests on; who is named depends on the element and is
// checked in its own tests (the explainer, the article's own account, names nobody).
const basis = /Advice from the article|Safety notes from public-health guidance/;

describe('every element: fallback content', () => {
  interface Watched {
    readonly tag: string;
    readonly english: Rendered;
    readonly spanish: Rendered;
    readonly shownBeforeDefinition: number;
    shownOnceDefined: number;
    shownWhileLoading: number;
    renderedWhileLoading: boolean;
    shownOnceTranslated: number;
    readonly spanishHeadings: (string | undefined)[];
    readonly spanishTexts: string[];
  }
  const watched = new Map<string, Watched>();
  const container = document.createElement('div');
  const fallback = (el: Element) => el.querySelector<HTMLElement>('p.fallback')!;

  before(async () => {
    document.body.append(container);
    for (const { tag } of elements) {
      const create = (lang: string, words: string) => {
        const el = document.createElement(tag) as Rendered;
        for (const [name, value] of Object.entries(fixturesOf(tag)[0] ?? {}))
          el.setAttribute(name, value);
        el.setAttribute('lang', lang);
        el.innerHTML = `<p class="fallback">${words}</p>`;
        return el;
      };
      const english = create('en', `${tag}: advice for your back (needs JavaScript)`);
      container.append(english);
      watched.set(tag, {
        tag,
        english,
        spanish: create('es', `${tag}: consejos para su espalda (necesita JavaScript)`),
        shownBeforeDefinition: fallback(english).offsetHeight,
        shownOnceDefined: NaN,
        shownWhileLoading: NaN,
        renderedWhileLoading: true,
        shownOnceTranslated: NaN,
        spanishHeadings: [],
        spanishTexts: [],
      });
    }
    await defineAll();
    for (const w of watched.values()) {
      await w.english.updateComplete;
      w.shownOnceDefined = fallback(w.english).offsetHeight;
    }
    // Spanish is loaded by nothing on this page yet: each element waits for it.
    const observers = [...watched.values()].map((w) => {
      container.append(w.spanish);
      const record = () => {
        w.spanishHeadings.push(headingOf(w.spanish));
        w.spanishTexts.push(textOf(w.spanish));
      };
      const observer = new MutationObserver(record);
      observer.observe(w.spanish.shadowRoot!, {
        childList: true,
        subtree: true,
        characterData: true,
      });
      record();
      return observer;
    });
    // Every element's first update, then every look at once: the words take a request to
    // arrive, so none can have come in between. (Looked at one by one, after awaiting each,
    // the last could already be in Spanish.)
    await Promise.all([...watched.values()].map((w) => w.spanish.updateComplete));
    for (const w of watched.values()) {
      w.shownWhileLoading = fallback(w.spanish).offsetHeight;
      w.renderedWhileLoading = part(w.spanish, 'card') !== null;
    }
    for (const w of watched.values()) {
      await waitUntil(() => part(w.spanish, 'card'), `${w.tag} rendered in Spanish`, {
        timeout: 5000,
      });
      await w.spanish.updateComplete;
      w.shownOnceTranslated = fallback(w.spanish).offsetHeight;
    }
    observers.forEach((observer) => observer.disconnect());
  });
  after(() => container.remove());

  for (const { tag } of elements) {
    it(`${tag}: shows the host’s fallback until it is defined, then its own content`, () => {
      const w = watched.get(tag)!;
      expect(w.shownBeforeDefinition, 'fallback before the definition').to.be.greaterThan(0);
      expect(w.shownOnceDefined, 'fallback once defined').to.equal(0);
      expect(headingOf(w.english)!.length, 'its own heading').to.be.greaterThan(3);
    });

    it(`${tag}: in Spanish, shows the fallback while the words load, never English`, () => {
      const w = watched.get(tag)!;
      expect(w.renderedWhileLoading, 'content before Spanish arrived').to.equal(false);
      expect(w.shownWhileLoading, 'fallback while Spanish loads').to.be.greaterThan(0);
      const english = headingOf(w.english);
      expect(w.spanishHeadings, 'English heading shown').not.to.include(english);
      for (const text of w.spanishTexts) expect(text).not.to.contain(englishDisclaimer);
      expect(headingOf(w.spanish)).to.be.a('string').and.not.equal(english);
      expect(textOf(w.spanish)).to.contain(spanishDisclaimer);
      expect(w.shownOnceTranslated, 'fallback once Spanish shows').to.equal(0);
    });
  }
});

describe('every element', () => {
  before(defineAll);

  for (const { tag } of elements) {
    const base = fixturesOf(tag)[0] ?? {};
    const plus = (attributes: Record<string, string>) => ({ ...base, ...attributes });

    describe(`<${tag}>`, () => {
      describe('heading level', () => {
        it('is h2 without heading-level, with sub-headings at h3', async () => {
          const el = await mount(tag, base);
          expect(part(el, 'heading')!.localName).to.equal('h2');
          for (const h of el.shadowRoot!.querySelectorAll('.subheading')) {
            expect(h.localName).to.equal('h3');
          }
        });

        it('heading-level 1–6 sets the main heading; sub-headings follow one level below', async () => {
          for (let level = 1; level <= 6; level++) {
            const el = await mount(tag, plus({ 'heading-level': String(level) }));
            expect(part(el, 'heading')!.localName, `level ${level}`).to.equal(`h${level}`);
            const subheadings = [...el.shadowRoot!.querySelectorAll('.subheading')];
            expect(subheadings.length, 'sub-headings').to.be.greaterThan(0);
            for (const h of subheadings) {
              expect(h.localName, `below level ${level}`).to.equal(`h${Math.min(level + 1, 6)}`);
            }
          }
        });

        it('falls back to h2 with one warning naming the valid range', async () => {
          const bad = unique('9');
          let el!: Rendered;
          const warnings = await captureWarnings(async () => {
            el = await mount(tag, plus({ 'heading-level': bad }));
            el.requestUpdate();
            await el.updateComplete;
          });
          expect(part(el, 'heading')!.localName).to.equal('h2');
          expect(el.shadowRoot!.querySelector('.subheading')!.localName).to.equal('h3');
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain('heading-level').and.contain('1 to 6');
        });
      });

      describe('theme', () => {
        const colours = (el: Element) => ({
          background: getComputedStyle(part(el, 'card')!).backgroundColor,
          text: getComputedStyle(part(el, 'heading')!).color,
        });

        it('theme="light" and theme="dark" change the colours', async () => {
          const light = colours(await mount(tag, plus({ theme: 'light' })));
          const dark = colours(await mount(tag, plus({ theme: 'dark' })));
          expect(luminance(light.background), 'light background').to.be.above(200);
          expect(luminance(light.text), 'dark text on light').to.be.below(100);
          expect(luminance(dark.background), 'dark background').to.be.below(60);
          expect(luminance(dark.text), 'light text on dark').to.be.above(150);
        });

        it('a bad value follows the system setting, with one warning', async () => {
          const bad = unique('sepia');
          const auto = colours(await mount(tag, base));
          let el!: Rendered;
          const warnings = await captureWarnings(async () => {
            el = await mount(tag, plus({ theme: bad }));
            el.requestUpdate();
            await el.updateComplete;
          });
          expect(colours(el)).to.deep.equal(auto);
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain(`theme="${bad}"`).and.contain('light').and.contain('dark');
        });
      });

      describe('language', () => {
        it('lang="es" on the element shows it in Spanish', async () => {
          const english = await mount(tag, base);
          const spanish = await mount(tag, plus({ lang: 'es' }));
          expect(textOf(spanish)).to.contain(spanishDisclaimer);
          expect(textOf(spanish)).not.to.contain(englishDisclaimer);
          expect(headingOf(spanish)).to.be.a('string').and.not.equal(headingOf(english));
        });

        it('follows the language of an ancestor', async () => {
          const english = await mount(tag, base);
          const spanish = await mount(tag, plus({ lang: 'es' }));
          const nested = await mount(tag, base, { parentLang: 'es-419' });
          expect(textOf(nested)).to.contain(spanishDisclaimer);
          expect(headingOf(nested)).to.equal(headingOf(spanish));
          expect(headingOf(nested)).not.to.equal(headingOf(english));
        });

        it('shows English for a language it does not have, with one message', async () => {
          const lang = unique('zz');
          const english = await mount(tag, base);
          const warnings = await captureWarnings(async () => {
            const own = await mount(tag, plus({ lang }));
            const inherited = await mount(tag, base, { parentLang: lang });
            for (const el of [own, inherited]) {
              expect(headingOf(el)).to.equal(headingOf(english));
              expect(textOf(el)).to.contain(englishDisclaimer);
            }
          });
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain(lang).and.contain('English');
        });
      });

      describe('bad attribute values', () => {
        const attributes = documented.find((d) => d.tag === tag)?.attributes ?? [];
        // Boolean attributes have no bad value; free text (a storage key) has none either.
        const checked = attributes.filter((a) => a.type !== 'boolean' && a.values.length > 0);

        it('documents the shared attributes with their valid values', () => {
          expect(checked.map((a) => a.name)).to.include.members(['heading-level', 'theme']);
        });

        for (const attribute of checked) {
          const valid = attribute.values;
          it(`${attribute.name}: warns once naming ${valid.join(', ')}; still shows content`, async () => {
            const bad = unique('bad');
            const errors: string[] = [];
            const onError = (event: ErrorEvent) => errors.push(event.message);
            addEventListener('error', onError);
            let el!: Rendered;
            try {
              const warnings = await captureWarnings(async () => {
                el = await mount(tag, plus({ [attribute.name]: bad }));
                el.requestUpdate();
                await el.updateComplete;
              });
              expect(warnings).to.have.length(1);
              expect(warnings[0]).to.contain(`${attribute.name}="${bad}"`);
              for (const value of valid) expect(warnings[0]).to.contain(value);
            } finally {
              removeEventListener('error', onError);
            }
            expect(errors, 'uncaught errors').to.deep.equal([]);
            expect(part(el, 'card')!.offsetHeight, 'the card shows').to.be.greaterThan(0);
            expect(textOf(el).length, 'it shows words').to.be.greaterThan(40);
          });
        }
      });

      it('credits its sources and their basis, with the disclaimer and review status, in every variant', async () => {
        for (const attributes of fixturesOf(tag)) {
          const el = await mount(tag, attributes);
          const credit = part(el, 'credit')!;
          const variant = JSON.stringify(attributes);
          expect(credit.offsetHeight, `${variant}: the credit shows`).to.be.greaterThan(0);
          const text = credit.textContent!.replace(/\s+/g, ' ');
          expect(text, variant).to.match(basis);
          // The article where the element rests on it; every element names some source.
          if (/Advice from the article/.test(text)) expect(text, variant).to.contain(sourceTitle);
          expect(text, variant).to.match(/Sources: \S.+\./);
          expect(text, variant).to.contain(englishDisclaimer);
          expect(text, variant).to.contain('Not yet reviewed by a clinician.');
        }
      });
    });
  }
});
