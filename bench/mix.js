// The 100 widgets both benchmark pages render: every registered element in every fixture of
// the registry, repeated in turn until there are `count`. scripts/bench.mjs writes
// .fixtures.js from src/registry.ts before it opens the pages.
import { fixtures } from './.fixtures.js';

export function widgetMix(count) {
  return Array.from({ length: count }, (_, i) => fixtures[i % fixtures.length]);
}

/** The elements for `list` (fixtures: a tag and its attributes), not yet on the page. */
export function createWidgets(list) {
  return list.map(({ tag, attributes }) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  });
}
