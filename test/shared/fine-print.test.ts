import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/backcare.js';
import { captureWarnings } from '../support/helpers.js';

// The fine print says where content comes from and whether anyone reviewed it, and never
// claims a clinical review the embedder did not name.

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

// Empty while a translation loads and the host's fallback shows instead.
const credit = (el: Element) =>
  (el.shadowRoot!.querySelector('[part~="credit"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(template: ReturnType<typeof html>, selector: string): Promise<Rendering> {
  const root = await fixture(template);
  const el = (root.matches(selector) ? root : root.querySelector(selector)!) as Rendering;
  await el.updateComplete;
  return el;
}

describe('fine print: where the content comes from', () => {
  it('names each basis an element rests on, with its sources', async () => {
    const card = await mount(
      html`<backcare-exercise-card exercise="bridge"></backcare-exercise-card>`,
      'backcare-exercise-card',
    );
    const text = credit(card);
    expect(text).to.contain('Advice from the article, in plain words.');
    expect(text).to.contain('Safety notes from public-health guidance.');
    expect(text).to.contain('Some steps and explanations are in our own words.');
    expect(text).to.contain('American College of Obstetricians and Gynecologists (ACOG)');

    const guide = await mount(
      html`<backcare-feeding-guide></backcare-feeding-guide>`,
      'backcare-feeding-guide',
    );
    expect(credit(guide)).to.contain('Safe to Sleep');
    expect(credit(guide)).to.contain('American Academy of Pediatrics');

    // The lifting tips rest on the article alone: no public-health or editorial line.
    const tips = await mount(
      html`<backcare-lifting-tips></backcare-lifting-tips>`,
      'backcare-lifting-tips',
    );
    expect(credit(tips)).to.contain('Advice from the article');
    expect(credit(tips)).not.to.contain('public-health');
    expect(credit(tips)).not.to.contain('our own words');
  });

  it('links a source that has an address', async () => {
    const guide = await mount(
      html`<backcare-feeding-guide></backcare-feeding-guide>`,
      'backcare-feeding-guide',
    );
    const link = guide.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="credit"] a')!;
    expect(link.href).to.equal('https://safetosleep.nichd.nih.gov/');
    expect(link.textContent).to.equal('Safe to Sleep');
  });
});

describe('fine print: clinical review', () => {
  it('says it is not clinically reviewed unless the embedder names a review', async () => {
    const card = await mount(
      html`<backcare-exercise-card exercise="cat-cow"></backcare-exercise-card>`,
      'backcare-exercise-card',
    );
    expect(credit(card)).to.contain('Not yet reviewed by a clinician.');
    expect(credit(card)).not.to.contain('Reviewed by');
  });

  it('shows who reviewed it and when, set on the element', async () => {
    const card = await mount(
      html`<backcare-exercise-card
        exercise="cat-cow"
        reviewed-by="Dr Ana Ruiz, OB-GYN, Riverside Clinic"
        reviewed-on="2026-10-05"
      ></backcare-exercise-card>`,
      'backcare-exercise-card',
    );
    expect(credit(card)).to.contain(
      'Reviewed by Dr Ana Ruiz, OB-GYN, Riverside Clinic on October 5, 2026.',
    );
    expect(credit(card)).not.to.contain('Not yet reviewed');
  });

  it('takes the review from an ancestor, and follows a change there', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<section reviewed-by="Maternity unit team" reviewed-on="2026-09-30">
        <div>
          <backcare-lifting-tips></backcare-lifting-tips>
          <backcare-pt-checklist></backcare-pt-checklist>
        </div>
      </section>`,
    );
    const widgets = [
      ...wrapper.querySelectorAll<Rendering>('backcare-lifting-tips, backcare-pt-checklist'),
    ];
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const w of widgets) {
      expect(credit(w)).to.contain('Reviewed by Maternity unit team on September 30, 2026.');
    }
    wrapper.setAttribute('reviewed-on', '2026-11-02');
    for (const w of widgets) {
      await waitUntil(() => credit(w).includes('November 2, 2026'), `${w.localName} followed`);
    }
    wrapper.removeAttribute('reviewed-by');
    await captureWarnings(async () => {
      for (const w of widgets) {
        await waitUntil(() => credit(w).includes('Not yet reviewed'), `${w.localName} dropped it`);
      }
    });
  });

  it('refuses a review without a valid past date, with one warning naming the format', async () => {
    for (const [by, on] of [
      ['Dr Ruiz', 'next week'],
      ['Dr Ruiz', '2026-02-30'],
      ['Dr Ruiz', '2999-01-01'],
      ['Dr Ruiz', 'constructor'],
      ['', '2026-01-01'],
    ] as const) {
      const warnings = await captureWarnings(async () => {
        const card = await mount(
          html`<backcare-exercise-card
            exercise="bridge"
            reviewed-by=${by}
            reviewed-on=${on}
          ></backcare-exercise-card>`,
          'backcare-exercise-card',
        );
        expect(credit(card), `${by} ${on}`).to.contain('Not yet reviewed by a clinician.');
        expect(credit(card), `${by} ${on}`).not.to.contain('Reviewed by');
      });
      expect(warnings, `${by} ${on}`).to.have.length(1);
      expect(warnings[0]).to.match(/reviewed-(on|by)/);
    }
  });

  it('in Spanish, shows the translation’s own review status in Spanish', async () => {
    const card = await mount(
      html`<backcare-exercise-card lang="es" exercise="bridge"></backcare-exercise-card>`,
      'backcare-exercise-card',
    );
    await waitUntil(() => credit(card).includes('Fuentes'), 'Spanish rendered');
    expect(credit(card)).to.contain('Todavía no lo ha revisado un profesional clínico.');
    expect(credit(card)).to.contain('Traducción al español');
    expect(credit(card)).not.to.contain('reviewed');

    card.setAttribute('reviewed-by', 'Dra. Ana Ruiz');
    card.setAttribute('reviewed-on', '2026-10-05');
    await waitUntil(() =>
      credit(card).includes('Revisado por Dra. Ana Ruiz el 5 de octubre de 2026.'),
    );
  });
});
