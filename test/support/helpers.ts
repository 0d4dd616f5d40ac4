/** Records console.warn calls made while `run` executes (sync or async). */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element, selector = ':host > *'): string {
  const root = element.shadowRoot!;
  const nodes =
    selector === ':host > *' ? [...root.children] : [...root.querySelectorAll(selector)];
  return nodes
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The accessible name given by aria-labelledby, as a screen reader would read it. */
export function labelledByText(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
}

/** A unique, never-seen value, so one-warning-per-problem dedup never hides a test's warning. */
let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}
