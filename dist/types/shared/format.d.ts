import { type PluralForms } from './texts.js';
/** Locale-aware plural and date formatting handed to locale modules. */
export interface Formatter {
    plural(n: number, forms: PluralForms): string;
    date(isoDate: string): string;
}
/** A language's words for a calendar date: `{day}`, `{month}` and `{year}` in its order. */
export interface DateWords {
    /** January to December. */
    readonly months: readonly string[];
    /** E.g. `{month} {day}, {year}`. */
    readonly dateFormat: string;
}
/**
 * The formatter for `lang`. Only `Intl.PluralRules` is used: the first `Intl.NumberFormat` or
 * `Intl.DateTimeFormat` on a page costs tens of milliseconds on a phone (locale data is
 * loaded), more than drawing a card. The numbers the widgets show are small whole numbers
 * (doses, weeks), written as digits in every language they speak; dates are the language's
 * own month names and order.
 */
export declare function formatterFor(lang: string, words: DateWords): Formatter;
