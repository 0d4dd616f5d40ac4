import { expect } from '@open-wc/testing';

// Opens the host pages under test/pages/ in an iframe. Each page loads the built dist/ files
// as a host would, then test/pages/probe.js mounts every element the manifest documents, in
// every variant, and reports what rendered.

/** What test/pages/probe.js reports of a page. */
export interface ProbeResult {
  elements: { tag: string; variant: string; defined: boolean; text: string; height: number }[];
  errors: string[];
  violations: string[];
}
type ProbeWindow = Window & { backcareProbe?: Promise<ProbeResult> };

/**
 * An iframe holding `src` (a URL) or `srcdoc` (a whole page), once it has loaded: 900 × 700,
 * or `width` CSS pixels wide (its page's media queries see that width); `sandbox`, the
 * iframe's attribute of that name, if given.
 */
export async function loadFrame(page: {
  src?: string;
  srcdoc?: string;
  width?: number;
  sandbox?: string;
}) {
  const frame = document.createElement('iframe');
  if (page.sandbox !== undefined) frame.setAttribute('sandbox', page.sandbox);
  frame.style.width = `${page.width ?? 900}px`;
  frame.style.height = '700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src!;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Opens `path` in a 900 × 700 iframe and resolves with what its probe found. */
export async function openPage(
  path: string,
): Promise<{ frame: HTMLIFrameElement; result: ProbeResult }> {
  const frame = await loadFrame({ src: path });
  return { frame, result: await probeOf(frame, path) };
}

/** What the probe of the page now in `frame` found (after a reload, say). */
export async function probeOf(frame: HTMLIFrameElement, path = frame.src): Promise<ProbeResult> {
  const win = frame.contentWindow as ProbeWindow;
  for (let i = 0; i < 100 && !win.backcareProbe; i++) await new Promise((r) => setTimeout(r, 50));
  expect(win.backcareProbe, `${path} started its probe`).to.exist;
  return win.backcareProbe!;
}

/** The elements the probe mounted in the page in `frame`. */
export const hosts = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.body.children].filter((e) => e.shadowRoot);

/** Every node matching `selector` in `host`'s shadow root. */
export const inShadow = (host: Element, selector: string) => [
  ...host.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

type Axe = {
  run: (
    el: Element,
    options: object,
  ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
};

/**
 * What axe-core finds against WCAG 2.2 A and AA in `element`, inside the page in `frame`
 * (axe must run in the page that holds the widgets; it is loaded there once): one line per
 * rule broken, with the number of nodes.
 */
export async function axeViolations(frame: HTMLIFrameElement, element: Element): Promise<string[]> {
  const win = frame.contentWindow as Window & { axe?: Axe };
  if (!win.axe) {
    await new Promise<void>((resolve, reject) => {
      const script = frame.contentDocument!.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = () => resolve();
      script.onerror = reject;
      frame.contentDocument!.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'],
    },
  });
  return violations.map((v) => `${v.id} (${v.help}) ×${v.nodes.length}`);
}

/** Removes the pages a test opened. */
export const closePages = () => document.querySelectorAll('iframe').forEach((f) => f.remove());
