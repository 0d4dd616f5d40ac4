import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Translation } from '../locales/types.js';
/** The language built into every element. */
export declare const defaultLanguage = "en";
/**
 * Languages other than English, each loaded on demand as its own chunk. Adding a language
 * means adding its folder under `src/locales/` and one line here; no element changes.
 */
export declare const localeLoaders: Readonly<Record<string, () => Promise<Translation>>>;
/** `es-MX` → `es`; `''` for no usable tag. */
export declare function baseLanguage(tag: string | null | undefined): string;
/**
 * The language tag that applies to an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a widget inside another component still follows the page),
 * else the document's.
 */
export declare function languageTagOf(element: Element): string;
/**
 * Gives an element the texts for its language. `english` holds the parts of the English
 * translation the element needs, bundled with it; other languages are fetched once per page
 * and shared by every element. While a language loads, `ready` is false so the element can
 * keep showing its light-DOM fallback rather than flash English.
 */
export declare class LocaleController<Texts extends object> implements ReactiveController {
    private readonly host;
    private readonly english;
    /** The language the texts are in: `en` or a loaded locale. */
    language: string;
    ready: boolean;
    private requested;
    constructor(host: ReactiveControllerHost & HTMLElement, english: Texts);
    /**
     * The texts in the current language. A part a locale lacks (one written for an older
     * version, say) falls back to English rather than leaving the element without words.
     */
    get texts(): Texts;
    hostConnected(): void;
    hostDisconnected(): void;
    /** Works out the language again and re-renders the host if it changed. */
    resolve(): void;
    private show;
}
