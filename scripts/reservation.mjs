// The rules of dist/backcare.css that hold one widget's place until its script has drawn it,
// for a snippet that carries them itself (a blogger's post has no stylesheet of its own to
// link). Plain text in, plain text out: the embed builder runs it in the browser, the bench
// under Node.

/**
 * The rules of `css` (dist/backcare.css) for `tag`: its own, and those of the variants among
 * `attributes` (names, such as `compact`), each as written there.
 */
export function reservationRules(css, tag, attributes = []) {
  const rules = css.matchAll(/^([a-z-]+)(?:\[([a-z-]+)\])?:not\(:defined\) \{\n[^}]*\}/gm);
  return [...rules]
    .filter(([, ruleTag, variant]) => ruleTag === tag && (!variant || attributes.includes(variant)))
    .map(([rule]) => rule);
}
