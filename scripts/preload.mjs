// Preload hints: which lazy chunks each dist entry loads, and on which pages, so a snippet can
// ask for them with `<link rel="modulepreload">` at the same time as the entry instead of
// after it has run. The build writes them to dist/preload.json from its own output; the embed
// builder, the export and the demo pages read them, and a test holds the demo pages to them.

/**
 * When a lazy chunk is needed, from the module the chunk starts at: a language's texts, on
 * a page in that language; the export's first render, on an exported page; an element's own
 * chunk (the routine's session), wherever that element is. Anything else is a chunk nobody
 * has said when to load, and fails the build.
 */
function neededWhen(facadeModuleId, tags) {
  const language = /\/src\/locales\/([a-z]{2,3})\//.exec(facadeModuleId)?.[1];
  if (language) return { lang: language };
  if (/\/src\/shared\/exported\.ts$/.test(facadeModuleId)) return { exported: true };
  const folder = /\/src\/([a-z-]+)\//.exec(facadeModuleId)?.[1];
  const tag = `backcare-${folder}`;
  if (tags.includes(tag)) return { tag };
  throw new Error(`preload: no rule says when ${facadeModuleId} is needed`);
}

/**
 * The hints of one entry's build output (rollup's `output` array): its lazy chunks, each
 * with the files it brings (the chunk and what it imports, bar the entry) and when it is
 * needed. `tags` are the registered elements' tags.
 */
export function preloadHintsOf(output, tags) {
  const chunks = new Map(output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const entry = output.find((c) => c.type === 'chunk' && c.isEntry);
  const filesOf = (fileName, seen = new Set([entry.fileName])) => {
    if (seen.has(fileName)) return [];
    seen.add(fileName);
    return [fileName, ...chunks.get(fileName).imports.flatMap((f) => filesOf(f, seen))];
  };
  return {
    entry: entry.fileName,
    lazy: entry.dynamicImports.map((fileName) => ({
      files: filesOf(fileName),
      when: neededWhen(chunks.get(fileName).facadeModuleId, tags),
    })),
  };
}

/**
 * What a page using `entry` (a key of preload.json) should preload: for the tags on it, the
 * language tags it shows (English needs nothing) and whether it is an exported page. Paths are
 * relative to dist/, in the order of the hints.
 */
export function filesToPreload(hints, entry, { tags = [], languages = [], exported = false }) {
  const lazy = hints[entry];
  if (!lazy) throw new Error(`preload: no entry "${entry}" in dist/preload.json`);
  // `es-MX` uses the `es` texts; a language left unsaid follows the page, which needs none.
  const bases = languages.filter(Boolean).map((tag) => tag.split(/[-_]/)[0].toLowerCase());
  return lazy
    .filter(
      ({ when }) =>
        (when.lang && bases.includes(when.lang)) ||
        (when.tag && tags.includes(when.tag)) ||
        (when.exported && exported),
    )
    .flatMap(({ files }) => files);
}

/** The `<link>` lines for those files, under `base` (the URL of the dist/ folder, with `/`). */
export const preloadLinks = (files, base) =>
  files.map((file) => `<link rel="modulepreload" href="${base}${file}" />`);
