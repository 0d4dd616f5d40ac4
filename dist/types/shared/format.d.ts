import type { PluralForms } from './texts.js';
/** Locale-aware number, plural and date formatting handed to locale modules. */
export interface Formatter {
    number(n: number): string;
    plural(n: number, forms: PluralForms): string;
    date(isoDate: string): string;
}
export declare function formatterFor(lang: string): Formatter;
