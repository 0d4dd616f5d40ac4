// Times the physical floor: the same shadow DOM and styles the library produces, written
// into shadow roots by hand from a snapshot, with no library at all.
// `warm`: the snapshot is loaded before the clock starts, as the library's modules are.
if (new URLSearchParams(location.search).has('warm')) await import('./.snapshot.js');
const start = performance.now();
const { snapshot } = await import('./.snapshot.js');
const sheets = snapshot.styles.map((css) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
});
const elements = snapshot.widgets.map(({ tag, html, styles }) => {
  const el = document.createElement(`${tag}-baseline`);
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((i) => sheets[i]);
  root.innerHTML = html;
  return el;
});
document.body.append(...elements);
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.benchResult = { ms: performance.now() - start, count: elements.length };
