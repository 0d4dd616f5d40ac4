// Loads every single-element entry the manifest documents, then the full bundle, the way a
// blogger's card and a clinic's full set might end up on the same page. Keeps the classes
// each file exports (`window.loadedClasses`: `single` by tag, `bundle` by class name), so a
// test can tell which copy defined a tag. `window.backcareLoaded` resolves once all are in:
// a module script after this one does not wait for the imports below.
import { documentedTags } from '/test/support/manifest.js';

async function loadEveryEntry() {
  const tags = await documentedTags();
  const singles = await Promise.all(
    tags.map((tag) => import(`/dist/elements/${tag.replace(/^backcare-/, '')}.js`)),
  );
  // Only now, so that every single-element file has defined its tags first.
  const bundle = await import('/dist/backcare.js');
  window.loadedClasses = {
    single: Object.fromEntries(
      tags.map((tag, i) => [tag, Object.values(singles[i]).find((v) => typeof v === 'function')]),
    ),
    bundle,
  };
}

window.backcareLoaded = loadEveryEntry();
