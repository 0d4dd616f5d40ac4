// What the benchmark pages share. The 100 widgets both benchmark pages render: every registered element in every fixture of
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

/** The widgets for `list`, put on the page; resolves once each has rendered. */
export async function mountWidgets(list) {
  const elements = createWidgets(list);
  document.body.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Resolves once the browser has painted what is on the page now: the frame after it. */
export const painted = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
