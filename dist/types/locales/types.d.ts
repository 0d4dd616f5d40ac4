import type { ElementTexts } from '../registry.js';
import type { CommonText, LocaleMeta } from '../shared/texts.js';
/**
 * Everything a language must provide: the common texts and every part some element in the
 * registry shows. A new language is one module exporting a complete `Translation`; the type
 * checker reports anything missing, and a test compares every locale with English key by key.
 */
export type Translation = {
    /** BCP 47 language subtag, e.g. `es`. */
    readonly lang: string;
    readonly meta: LocaleMeta;
    readonly common: CommonText;
} & ElementTexts;
