// The rules of dist/backcare.css that hold one widget's place until its script has drawn it,
// for a snippet that carries them itself (a blogger's post has no stylesheet of its own to
// link). Plain text in, plain text out: the embed builder runs it in the browser, the bench
// under Node.

/** `[name]` or `[name="value"]`, as a variant's selector in the registry writes it. */
const variantPattern = /^\[([a-z-]+)(?:="([^"]*)")?\]$/;

/** Whether the widget's attributes (`[name, value]` pairs) match `variant` ('' matches all). */
export function matches(variant, attributes) {
  if (variant === '') return true;
  const [, name, value] = variantPattern.exec(variant) ?? [];
  return attributes.some(([n, v]) => n === name && (value === undefined || v === value));
}

/**
 * The rules of `css` (dist/backcare.css) for `tag`, each as written there: its own, and those
 * of the variants its `attributes` (`[name, value]` pairs) match, each band of widths
 * included (scripts/registry.mjs writes every rule, `@media` and all, between blank lines),
 * then the `@keyframes` they name.
 */
export function reservationRules(css, tag, attributes = []) {
  const selector = new RegExp(`(?:^|\\n)\\s*${tag}(\\[[^\\]]*\\])?:is\\(:not\\(:defined\\)`);
  const blocks = css.split(/\n\s*\n/).map((rule) => rule.trim());
  const rules = blocks.filter((rule) => {
    const found = selector.exec(rule);
    return found !== null && matches(found[1] ?? '', attributes);
  });
  // The animation that lets go of the place if the script never comes, which the rules name.
  const keyframes = blocks.filter((block) => block.startsWith('@keyframes'));
  return rules.length ? [...rules, ...keyframes] : [];
}
