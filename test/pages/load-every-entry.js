// Loads every single-element entry the manifest documents, before the full bundle, the way a
// blogger's card and a clinic's full set might end up on the same page.
const manifest = await (await fetch('/custom-elements.json')).json();
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .flatMap((d) => (d.tagName ? [d.tagName] : []));
await Promise.all(tags.map((tag) => import(`/dist/elements/${tag.replace(/^backcare-/, '')}.js`)));
