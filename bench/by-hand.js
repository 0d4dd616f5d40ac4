// The physical floor both timing pages compare against: the shadow DOM and styles the library
// produced (scripts/bench.mjs snapshots them), written into shadow roots by hand, no library.

/** Makes the snapshot's style sheets once (as Lit does per element class) and returns a
 * function that makes its widgets' elements, not yet on the page. */
export function handStamper(snapshot) {
  const sheets = snapshot.styles.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  return () =>
    snapshot.widgets.map(({ tag, html, styles }) => {
      const el = document.createElement(`${tag}-baseline`);
      const root = el.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = styles.map((i) => sheets[i]);
      root.innerHTML = html;
      return el;
    });
}
