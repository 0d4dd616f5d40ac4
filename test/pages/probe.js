// Loaded by the embedding test pages after the library. Records what a host page would
// notice (uncaught errors, CSP violations) and mounts every documented element in every
// variant, then resolves `window.backcareProbe` with what each one rendered.

import { documentedTags } from '/test/support/manifest.js';

// The fixtures of each element come from the registry, handed over by the test that opened
// this page (or, mounted in place, set on this window); a page never loads the sources.
const fixtures = window.parent.backcareFixtures ?? window.backcareFixtures ?? {};
const fixturesOf = (tag) => fixtures[tag] ?? [{}];

const errors = [];
const violations = [];
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);

// `?remember` in the page address opts every element in to saving the reader's answers;
// `?lang=es` puts the page in that language.
const params = new URLSearchParams(location.search);
const pageAttributes = params.has('remember') ? { remember: '' } : {};
if (params.has('lang')) document.documentElement.lang = params.get('lang');

/** Mounts each element in each variant into `container`; resolves when all have rendered. */
export async function mountAll(container = document.body) {
  const mounted = [];
  for (const tag of await documentedTags()) {
    for (const attributes of fixturesOf(tag)) {
      const el = document.createElement(tag);
      for (const [name, value] of Object.entries({ ...attributes, ...pageAttributes })) {
        el.setAttribute(name, value);
      }
      el.dataset.variant = JSON.stringify(attributes);
      container.append(el);
      mounted.push(el);
    }
  }
  // An element the manifest documents but the bundle does not define is reported as such
  // (defined: false) instead of hanging the page.
  const giveUp = new Promise((resolve) => setTimeout(resolve, 5000));
  await Promise.race([
    Promise.all(mounted.map((el) => customElements.whenDefined(el.localName))),
    giveUp,
  ]);
  await Promise.all(mounted.map((el) => el.updateComplete));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return mounted;
}

export function summary(elements) {
  return elements.map((el) => ({
    tag: el.localName,
    variant: el.dataset.variant,
    defined: customElements.get(el.localName) !== undefined,
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    height: el.getBoundingClientRect().height,
  }));
}

if (!document.documentElement.hasAttribute('data-manual')) {
  // A page that loads its files from a script of its own says when they are all in
  // (`window.backcareLoaded`); the probe waits for it, so nothing still loading is missed.
  // A file that failed to load is one of the errors a host page would see.
  window.backcareProbe = Promise.resolve(window.backcareLoaded)
    .catch((error) => errors.push(String(error)))
    .then(() => mountAll())
    .then((elements) => ({
      elements: summary(elements),
      errors,
      violations,
    }));
}
window.backcareErrors = errors;
window.backcareViolations = violations;
