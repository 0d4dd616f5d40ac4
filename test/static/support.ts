// Opens the static export's example pages (demo/static/, written by `npm run export`) in an
// iframe, as a reader's browser would, and reads what their declarative shadow roots show.
import { loadFrame } from '../embedding/pages.js';

export { closePages, inShadow } from '../embedding/pages.js';

export const pagesDir = '/demo/static';

/** Opens demo/static/`file` as it is on disk. */
export const openPage = (file: string) => loadFrame({ src: `${pagesDir}/${file}` });

/** Opens demo/static/`file` with its script tags taken out: the page before any script. */
export async function openWithoutScripts(file: string): Promise<HTMLIFrameElement> {
  const page = await (await fetch(`${pagesDir}/${file}`)).text();
  return loadFrame({ srcdoc: page.replace(/<script\b[^>]*><\/script>\s*/g, '') });
}

/** Loads module scripts into the page in `frame`, each after the one before, as a page would. */
export async function addScripts(frame: HTMLIFrameElement, ...srcs: string[]): Promise<void> {
  for (const src of srcs) {
    await new Promise<void>((resolve, reject) => {
      const script = frame.contentDocument!.createElement('script');
      script.type = 'module';
      script.src = new URL(src, location.origin).href;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`${src} did not load`));
      frame.contentDocument!.body.append(script);
    });
  }
}

/** The page's widgets: every element with a (declarative) shadow root, in page order. */
export const hostsIn = (frame: HTMLIFrameElement) =>
  [...frame.contentDocument!.body.querySelectorAll('*')].filter((e) => e.shadowRoot);

export const hostIn = (frame: HTMLIFrameElement, tag: string) =>
  frame.contentDocument!.querySelector(tag)!;

/** Whether a reader sees `element`: it takes up room on the page. */
export const shown = (element: Element) => element.getBoundingClientRect().height > 0;

/** The text a reader sees in `element`, with its spacing made even. */
export const seen = (element: Element) =>
  ((element as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
