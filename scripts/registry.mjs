// The element registry (src/registry.ts) as the build, the checks and the benchmark read it,
// and the files generated from it.
import { importTs } from './load-ts.mjs';

/** Every registered element: its tag, folder, reserved heights and fixtures. */
export async function loadElements() {
  const { elements } = await importTs('src/registry.ts');
  return elements.map((entry) => ({ ...entry, folder: entry.tag.replace(/^backcare-/, '') }));
}

const generatedNote =
  '// Generated from src/registry.ts by `npm run build`; edit the registry, not this file.\n';

/** src/backcare.ts: the entry that defines every element. */
export function backcareEntry(elements) {
  return `${generatedNote}/**
 * Defines every backcare element. Load it with
 * \`<script type="module" src="…/dist/backcare.js"></script>\`.
 */
${elements.map((e) => `export * from './${e.folder}/define.js';`).join('\n')}
export { version } from './shared/version.js';
`;
}

/** The bands below `wide` of one set of reserved heights, widest first: `[maxWidth, em]`. */
const bandsOf = (heights) =>
  Object.keys(heights)
    .filter((key) => key !== 'wide')
    .map(Number)
    .sort((a, b) => b - a)
    .map((width) => [width, heights[width]]);

/** The animation that lets go of a held place once the script is late (see letGoKeyframes). */
const letGo = 'backcare-let-go 0s var(--backcare-hold-for, 5s) forwards';

/**
 * A script that has not drawn its widget after a few seconds is most likely not coming
 * (blocked, or JavaScript is off): the place is let go so that the fallback text reads as
 * part of the page, not above a blank. A script that comes later moves the text down then,
 * as it would without the stylesheet. `--backcare-hold-for` sets how long to wait.
 */
const letGoKeyframes = '@keyframes backcare-let-go {\n  to {\n    min-height: 0;\n  }\n}\n';

/** One rule of dist/backcare.css as written there: alone, or inside `@media query`. */
function cssRule(selector, declarations, query) {
  const body = declarations.map((declaration) => `  ${declaration};\n`).join('');
  const rule = `${selector} {\n${body}}\n`;
  if (query === undefined) return rule;
  return `@media ${query} {\n${rule.replace(/^(?=.)/gm, '  ')}}\n`;
}

/**
 * dist/backcare.css: each element's reserved height while it is not yet defined or waits for
 * its language, for each band of viewport widths. Each rule stands alone between blank
 * lines (a band's rule inside its own `@media`), so scripts/reservation.mjs can pick one
 * widget's rules out of it; the narrower bands come later and win.
 */
export function reservationStyles(elements) {
  const rules = elements.flatMap((e) =>
    Object.entries(e.reserve).flatMap(([variant, heights]) => {
      // Before the script has defined it, and while it waits for its language. `:is()`
      // forgives a browser that does not know `:state()`: the rule still holds the rest.
      const selector = `${e.tag}${variant}:is(:not(:defined), :state(waiting))`;
      const bands = bandsOf(heights).map(([maxWidth, em]) =>
        cssRule(selector, [`min-height: ${em}em`], `(max-width: ${maxWidth}px)`),
      );
      if (variant !== '') return [cssRule(selector, [`min-height: ${heights.wide}em`]), ...bands];
      return [
        cssRule(selector, [
          'display: block',
          // The widget's own text size when the page sets one (`--backcare-font-size`, a
          // token of theme.styles.ts), so that the heights in `em` are in the size it is
          // drawn in.
          'font-size: var(--backcare-font-size, inherit)',
          `animation: ${letGo}`,
          `min-height: ${heights.wide}em`,
        ]),
        // Where scripts cannot run at all, nothing is coming: let go of the place at once.
        cssRule(selector, ['animation-delay: 0s'], '(scripting: none)'),
        ...bands,
      ];
    }),
  );
  return `/*
 * Optional: link this stylesheet in the page's <head> so each widget reserves its space
 * before the script has run (and while its language loads), and the page does not jump when
 * the widgets appear. Each height is a little less than the widget's at that width, in the
 * page's text size: the text below moves down a little, never up. A script that has not come
 * after 5 seconds (--backcare-hold-for), or cannot run at all, is taken for blocked: the place
 * is let go.
 * <link rel="stylesheet" href=".../dist/backcare.css">
 * Generated from src/registry.ts.
 */

${[...rules, letGoKeyframes].join('\n')}`;
}
