/** Plural forms keyed by `Intl.PluralRules` category; `{n}` is replaced by the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
    readonly other: string;
};
/** Locale-aware number, plural and date formatting handed to locale modules. */
export interface Formatter {
    number(n: number): string;
    plural(n: number, forms: PluralForms): string;
    date(isoDate: string): string;
}
export declare function formatterFor(lang: string): Formatter;
