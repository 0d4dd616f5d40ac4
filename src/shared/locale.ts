import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedValue } from './inherited.js';
import { warnOnce } from './warn.js';

/** The language built into every element. */
export const defaultLanguage = 'en';

/**
 * How to fetch each language other than English, by its base tag. The list lives with the
 * locales (`src/locales/index.ts`) and is handed to every controller, so this module knows
 * no element's words.
 */
export type LocaleLoaders = ReadonlyMap<string, () => Promise<object>>;

const loaded = new Map<string, object>();
const loading = new Map<string, Promise<object | undefined>>();

/** `es-MX` → `es`; `''` for no usable tag. */
export function baseLanguage(tag: string | null | undefined): string {
  return ((tag ?? '').trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/**
 * The language tag that applies to an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a widget inside another component still follows the page),
 * else the document's.
 */
export function languageTagOf(element: Element): string {
  // A server has no document element.
  return inheritedValue(element, 'lang') ?? document.documentElement?.lang;
}

export function load(language: string, loader: () => Promise<object>): Promise<object | undefined> {
  let pending = loading.get(language);
  if (!pending) {
    pending = loader().then(
      (translation) => {
        loaded.set(language, translation);
        return translation;
      },
      (error: unknown) => {
        warnOnce(
          `locale-load:${language}`,
          `backcare: could not load the "${language}" texts, showing English instead.`,
          error,
        );
        return undefined;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Gives an element the texts for its language. `english` holds the parts of the English
 * translation the element needs, bundled with it; other languages are fetched once per page
 * and shared by every element. While a language loads, `ready` is false so the element can
 * keep showing its light-DOM fallback rather than flash English.
 *
 * The language is worked out again before each of the host's renders. The host re-renders
 * when `lang` changes on it or an ancestor (every backcare element watches that), so one
 * watcher per widget serves both its texts and its review line.
 */
export class LocaleController<Texts extends object> implements ReactiveController {
  /** The language the texts are in: `en` or a loaded locale. */
  language = defaultLanguage;
  ready = true;
  /** Settles once the language being fetched has arrived (or failed and English shows). */
  pending?: Promise<void>;
  private requested = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly english: Texts,
    private readonly loaders: LocaleLoaders,
  ) {
    host.addController(this);
  }

  /**
   * The texts in the current language. A part a locale lacks (one written for an older
   * version, say) falls back to English rather than leaving the element without words.
   */
  get texts(): Texts {
    const translation = loaded.get(this.language) as Partial<Texts> | undefined;
    if (!translation) return this.english;
    const texts = { ...this.english };
    for (const part of Object.keys(texts) as (keyof Texts)[]) {
      texts[part] = translation[part] ?? this.english[part];
    }
    return texts;
  }

  hostUpdate(): void {
    // Runs after the host's willUpdate and before its render: the render sees the language.
    this.resolve();
  }

  /** Works out the language again and re-renders the host if it changed. */
  resolve(): void {
    const tag = languageTagOf(this.host);
    const language = baseLanguage(tag);
    if (language === this.requested) return;
    this.requested = language;

    // A Map, not an object: a `lang` such as "constructor" must not find Object's members.
    const loader = this.loaders.get(language);
    if (language === defaultLanguage || language === '') {
      this.show(defaultLanguage);
    } else if (loaded.has(language)) {
      this.show(language);
    } else if (loader) {
      this.ready = false;
      this.host.requestUpdate();
      this.pending = load(language, loader).then((translation) => {
        if (this.requested === language) this.show(translation ? language : defaultLanguage);
      });
    } else {
      warnOnce(
        `locale-unknown:${language}`,
        `backcare: no texts for language "${tag}", showing English. Available: ${[defaultLanguage, ...this.loaders.keys()].join(', ')}.`,
      );
      this.show(defaultLanguage);
    }
  }

  private show(language: string): void {
    this.language = language;
    this.ready = true;
    this.host.requestUpdate();
  }
}
