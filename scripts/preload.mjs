// Which chunks each entry imports, and the snippets that preload them. dist/preload.json is
// written at build time; the checks compare every snippet in the README and the demo with it.

/** `{ "elements/exercise-card.js": ["chunks/base.js", …] }` from rollup's output. */
export function preloadLists(output) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const lists = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isEntry) continue;
    const seen = new Set();
    const visit = (name) => {
      for (const imported of chunks.get(name)?.imports ?? []) {
        if (chunks.has(imported) && !seen.has(imported)) {
          seen.add(imported);
          visit(imported);
        }
      }
    };
    visit(chunk.fileName);
    lists[chunk.fileName] = [...seen].sort();
  }
  return Object.fromEntries(Object.entries(lists).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/**
 * Every page snippet that loads dist entries with script tags: the entries and the chunks its
 * modulepreload links name, as found in `text` (a README or a demo page). Paths are taken
 * after the last `dist/`, so any host or CDN prefix is fine.
 */
export function snippetsIn(text) {
  const afterDist = (url) => url.replace(/^.*\bdist\//, '');
  const blocks = text.split(/```html|<head>/).slice(1);
  return blocks.flatMap((block) => {
    const body = block.split(/```|<\/head>/)[0];
    const entries = [...body.matchAll(/<script[^>]*\ssrc="([^"]*\bdist\/[^"]+\.js)"/g)].map((m) =>
      afterDist(m[1]),
    );
    const preloaded = [
      ...body.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]*\bdist\/[^"]+)"/g),
    ].map((m) => afterDist(m[1]));
    return entries.length ? [{ entries, preloaded: [...new Set(preloaded)].sort() }] : [];
  });
}
