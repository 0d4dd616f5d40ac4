// The 100 widgets both benchmark pages render: every documented element in every variant the
// embedding tests use, repeated in turn until there are `count`.
import { variantsOf } from '../test/pages/variants.js';

export async function widgetMix(count) {
  const manifest = await (await fetch('/custom-elements.json')).json();
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .flatMap((d) => (d.tagName ? [d.tagName] : []));
  const all = tags.flatMap((tag) => variantsOf(tag).map((attributes) => ({ tag, attributes })));
  return Array.from({ length: count }, (_, i) => all[i % all.length]);
}
