import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card/define.js';
import type { BackcareExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { localeLoaders } from '../../src/locales/index.js';
import type { Translation } from '../../src/locales/types.js';
import { exerciseIds } from '../../src/exercises/content.js';
import { meta } from '../../src/shared/en.js';
import { labelledByText } from '../support/helpers.js';
import { elements, english, fixturesOf } from '../support/registry.js';

const en = { lang: 'en', meta, ...english };
const load = (lang: string) => localeLoaders.get(lang)!() as Promise<Translation>;

const heading = (el: Element) => el.shadowRoot!.querySelector('[part~="heading"]')?.textContent;

/** Resolves once the element shows text in `expected` (its heading), i.e. its locale has loaded. */
async function rendered(el: BackcareExerciseCard, expected: string): Promise<void> {
  await waitUntil(() => heading(el) === expected, `heading never became "${expected}"`, {
    timeout: 5000,
  });
}

/** Every path to a string, array or function in an object, with the kind found there. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    out.set(path, `array of ${value.length}`);
    value.forEach((v, i) => shape(v, `${path}[${i}]`).forEach((k, p) => out.set(p, k)));
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      shape(v, path ? `${path}.${key}` : key).forEach((k, p) => out.set(p, k));
    }
  } else {
    out.set(path, typeof value === 'string' && value.trim() === '' ? 'empty string' : typeof value);
  }
  return out;
}

/** Every string in an object by path, so two locales can be compared text by text. */
function strings(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      strings(v, path ? `${path}.${key}` : key).forEach((text, p) => out.set(p, text));
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

describe('locales', () => {
  for (const lang of localeLoaders.keys()) {
    it(`"${lang}" has everything English has, and nothing empty`, async () => {
      const translation = await load(lang);
      expect(translation.lang).to.equal(lang);
      const english = shape(en);
      const other = shape(translation);
      const missing = [...english.keys()].filter((p) => !other.has(p));
      const different = [...english]
        .filter(
          ([p, kind]) => other.has(p) && other.get(p) !== kind && !p.startsWith('meta.formality'),
        )
        .map(([p, kind]) => `${p}: English has ${kind}, ${lang} has ${other.get(p)}`);
      expect(missing, 'missing in translation').to.deep.equal([]);
      expect(different, 'different shape').to.deep.equal([]);
      const englishTexts = strings(en);
      const misplaced = [...strings(translation)]
        .filter(([p, text]) => {
          const original = englishTexts.get(p);
          return (
            original !== undefined && String(placeholders(text)) !== String(placeholders(original))
          );
        })
        .map(([p, text]) => `${p}: ${placeholders(text).join(' ') || 'none'} in ${lang}`);
      expect(misplaced, 'placeholders differ from English').to.deep.equal([]);
      expect(translation.meta.translatedBy).to.not.equal('');
      expect(translation.meta.reviewStatus).to.not.equal('');
    });
  }

  it('English also has no empty text', () => {
    const empty = [...shape(en)].filter(
      ([p, kind]) =>
        kind === 'empty string' &&
        !p.startsWith('meta.formality') &&
        !p.startsWith('meta.reviewed'),
    );
    expect(empty).to.deep.equal([]);
  });
});

describe('<backcare-exercise-card> in Spanish', () => {
  it('shows every exercise in Spanish, its drawing’s description too', async () => {
    const es = await load('es');
    for (const id of exerciseIds) {
      const el = await fixture<BackcareExerciseCard>(
        html`<backcare-exercise-card lang="es" exercise=${id}></backcare-exercise-card>`,
      );
      await rendered(el, es.exercises.byId[id].name);
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Cómo hacerlo');
      expect(text).to.contain('Recomendado por');
      expect(text).to.contain(
        'Contenido comparado con sus fuentes el 24 de noviembre de 2026. Todavía no lo ha revisado un profesional clínico.',
      );
      expect(text).to.contain('todavía no la ha revisado un profesional clínico ni un traductor');
      expect(text).to.contain('deténgase');
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(labelledByText(svg)).to.equal(es.exercises.byId[id].illustrationAlt);
      expect(labelledByText(svg)).to.not.equal(en.exercises.byId[id].illustrationAlt);
      for (const step of es.exercises.byId[id].steps) expect(text).to.contain(step);
    }
  });

  it('formats the plan with Spanish plurals', async () => {
    const el = await fixture<BackcareExerciseCard>(
      html`<backcare-exercise-card
        lang="es"
        exercise="bridge"
        reps="1"
        sets="3"
        hold="10"
      ></backcare-exercise-card>`,
    );
    await rendered(el, 'Puente');
    expect(
      el.shadowRoot!.querySelector('[part~="plan"]')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('Su plan: 1 repetición, 3 series, mantenga 10 segundos');
  });

  it('maps regional tags to Spanish', async () => {
    for (const lang of ['es-MX', 'es-US', 'ES']) {
      const el = await fixture<BackcareExerciseCard>(
        html`<backcare-exercise-card lang=${lang} exercise="cat-cow"></backcare-exercise-card>`,
      );
      await rendered(el, 'Gato-vaca');
    }
  });

  it('switches language when lang changes on the element, and on <html>', async () => {
    const el = await fixture<BackcareExerciseCard>(
      html`<backcare-exercise-card exercise="bridge"></backcare-exercise-card>`,
    );
    expect(heading(el)).to.equal('Bridge');
    el.lang = 'es';
    await rendered(el, 'Puente');
    el.removeAttribute('lang');
    await rendered(el, 'Bridge');

    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'es';
      await rendered(el, 'Puente');
    } finally {
      document.documentElement.lang = before;
    }
    await rendered(el, 'Bridge');
  });

  it('is accessible in Spanish, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<BackcareExerciseCard>(
        html`<backcare-exercise-card
          lang="es"
          theme=${theme}
          exercise="scapular-retraction"
        ></backcare-exercise-card>`,
      );
      await rendered(el, 'Juntar los omóplatos con una banda');
      await expect(el).to.be.accessible();
    }
  });
});

describe('every element in Spanish', () => {
  // Every element in the registry, in every language.
  const tags = elements.map((entry) => entry.tag);
  before(async () => {
    await import('../../src/backcare.js');
  });

  async function rendering(tag: string, lang: string): Promise<Element> {
    const el = document.createElement(tag);
    el.setAttribute('lang', lang);
    for (const [name, value] of Object.entries(fixturesOf(tag)[0] ?? {}))
      el.setAttribute(name, value);
    document.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="heading"]'), `${tag} rendered`, {
      timeout: 5000,
    });
    return el;
  }

  for (const tag of tags) {
    it(`${tag}: drawings’ descriptions are Spanish, and it is accessible`, async () => {
      const english = await rendering(tag, 'en');
      const spanish = await rendering(tag, 'es-MX');
      try {
        const alts = (el: Element) =>
          [...el.shadowRoot!.querySelectorAll('svg[role="img"]')].map(labelledByText);
        expect(alts(spanish).length).to.equal(alts(english).length);
        alts(spanish).forEach((alt, i) =>
          expect(alt, 'drawing description').to.not.equal(alts(english)[i]),
        );
        await expect(spanish).to.be.accessible();
      } finally {
        english.remove();
        spanish.remove();
      }
    });
  }
});
