import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { documentedTags } from '../support/manifest.js';

const built = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;

// These tests load the built files, as a host page does with <script type="module" src>.
describe('dist bundle', () => {
  it('can be loaded twice, and beside a single-element entry, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = await captureWarnings(async () => {
      await import(built('backcare.js'));
      // A query string makes the browser evaluate the file again, like a second copy.
      await import(built(`backcare.js?copy=${Math.random()}`));
      await import(built('elements/exercise-card.js'));
      await import(built(`elements/exercise-card.js?copy=${Math.random()}`));
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);

    const el = await fixture(
      html`<backcare-exercise-card exercise="pelvic-circles"></backcare-exercise-card>`,
    );
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(
      'Pelvic circles',
    );
  });

  it('defines every element the manifest documents', async () => {
    await import(built('backcare.js'));
    const tags = await documentedTags();
    expect(tags).to.include('backcare-exercise-card');
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
  });
});
