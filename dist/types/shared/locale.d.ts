import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** The language built into every element. */
export declare const defaultLanguage = "en";
/**
 * How to fetch each language other than English, by its base tag. The list lives with the
 * locales (`src/locales/index.ts`) and is handed to every controller, so this module knows
 * no element's words.
 */
export type LocaleLoaders = ReadonlyMap<string, () => Promise<object>>;
/** `es-MX` → `es`; `''` for no usable tag. */
export declare function baseLanguage(tag: string | null | undefined): string;
/**
 * The language tag that applies to an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a widget inside another component still follows the page),
 * else the document's.
 */
export declare function languageTagOf(element: Element): string;
export declare function load(language: string, loader: () => Promise<object>): Promise<object | undefined>;
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
export declare class LocaleController<Texts extends object> implements ReactiveController {
    private readonly host;
    private readonly english;
    private readonly loaders;
    /** The language the texts are in: `en` or a loaded locale. */
    language: string;
    ready: boolean;
    /** Settles once the language being fetched has arrived (or failed and English shows). */
    pending?: Promise<void>;
    private requested;
    constructor(host: ReactiveControllerHost & HTMLElement, english: Texts, loaders: LocaleLoaders);
    /**
     * The texts in the current language. A part a locale lacks (one written for an older
     * version, say) falls back to English rather than leaving the element without words.
     */
    get texts(): Texts;
    hostUpdate(): void;
    /** Works out the language again and re-renders the host if it changed. */
    resolve(): void;
    private show;
}
