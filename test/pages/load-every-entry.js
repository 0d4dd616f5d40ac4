// Loads every single-element entry the manifest documents, before the full bundle, the way a
// blogger's card and a clinic's full set might end up on the same page.
import { documentedTags } from '/test/support/manifest.js';

const tags = await documentedTags();
await Promise.all(tags.map((tag) => import(`/dist/elements/${tag.replace(/^backcare-/, '')}.js`)));
