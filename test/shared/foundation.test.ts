import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { emulateMediaOrSkip, resetEmulation } from '../support/emulation.js';
import '../../src/exercise-card/define.js';
import { BackcareExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { baseLanguage, languageTagOf } from '../../src/shared/locale.js';
import { formatterFor } from '../../src/shared/format.js';
import { common } from '../../src/shared/en.js';
import { localeLoaders } from '../../src/locales/index.js';
import type { Translation } from '../../src/locales/types.js';
import { captureWarnings, unique } from '../support/helpers.js';

describe('registration', () => {
  it('ignores a second registration of the same version without a warning', async () => {
    const warnings = await captureWarnings(() =>
      BackcareExerciseCard.define('backcare-exercise-card'),
    );
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('backcare-exercise-card')).to.equal(BackcareExerciseCard);
  });

  it('warns once when another version is already registered, and keeps the first', async () => {
    const tag = `backcare-${unique('test')}` as const;
    class First extends HTMLElement {
      static readonly backcareVersion = '0.0.1';
    }
    class Second extends BackcareExerciseCard {}
    customElements.define(tag, First);
    const warnings = await captureWarnings(() => {
      Second.define(tag);
      Second.define(tag);
      Second.define('backcare-exercise-card');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.contain('two different versions');
    expect(customElements.get(tag)).to.equal(First);
  });
});

describe('language resolution', () => {
  it('reads the element, then the nearest ancestor across shadow roots, then the document', async () => {
    const outer = await fixture(
      html`<div lang="es-MX">
        <span><i></i></span>
      </div>`,
    );
    const inner = outer.querySelector('i')!;
    expect(languageTagOf(inner)).to.equal('es-MX');
    inner.setAttribute('lang', 'en-GB');
    expect(languageTagOf(inner)).to.equal('en-GB');

    const host = await fixture(html`<div lang="fr"></div>`);
    const shadowChild = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(shadowChild);
    expect(languageTagOf(shadowChild)).to.equal('fr');

    const orphan = await fixture(html`<p></p>`);
    expect(languageTagOf(orphan)).to.equal(document.documentElement.lang);
  });

  it('maps regional tags to their language', () => {
    expect(baseLanguage('es-MX')).to.equal('es');
    expect(baseLanguage('EN_gb')).to.equal('en');
    expect(baseLanguage('')).to.equal('');
  });

  it('shows English for regional English without a warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<BackcareExerciseCard>(
        html`<backcare-exercise-card lang="en-GB" exercise="bridge"></backcare-exercise-card>`,
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Bridge');
    });
    expect(warnings).to.deep.equal([]);
  });
});

describe('formatting', () => {
  it('formats plurals and dates for the language, as Intl would', () => {
    const en = formatterFor('en', common);
    expect(en.plural(1, { one: '{n} set', other: '{n} sets' })).to.equal('1 set');
    expect(en.plural(12, { one: '{n} set', other: '{n} sets' })).to.equal('12 sets');
    expect(en.date('2026-11-24')).to.equal('November 24, 2026');
    const dates = ['2026-01-01', '2026-11-24', '2025-12-31', '2024-02-29'];
    const intl = (lang: string, iso: string) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      );
    for (const iso of dates) expect(en.date(iso)).to.equal(intl('en', iso));
  });

  it('writes Spanish dates with Spanish month names and order', async () => {
    const es = (await localeLoaders.get('es')!()) as Translation;
    const format = formatterFor('es-test', es.common);
    expect(format.date('2026-11-24')).to.equal('24 de noviembre de 2026');
    expect(format.date('2026-05-01')).to.equal(
      new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2026-05-01T00:00:00Z'),
      ),
    );
  });
});

describe('motion', () => {
  async function animationOf(): Promise<string> {
    const el = await fixture<BackcareExerciseCard>(
      html`<backcare-exercise-card exercise="cat-cow"></backcare-exercise-card>`,
    );
    await el.updateComplete;
    const moving = el.shadowRoot!.querySelector('.motion');
    expect(moving, 'the illustration has a moving part').to.exist;
    return getComputedStyle(moving!).animationName;
  }

  afterEach(resetEmulation);

  it('animates only when the reader has not asked for reduced motion', async function () {
    await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
    expect(await animationOf()).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await animationOf()).to.equal('backcare-nudge');
  });

  it('follows the motion setting of the browser it runs in', async () => {
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(await animationOf()).to.equal(reduce ? 'none' : 'backcare-nudge');
  });
});
