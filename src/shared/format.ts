import type { PluralForms } from './texts.js';

/** Locale-aware number, plural and date formatting handed to locale modules. */
export interface Formatter {
  number(n: number): string;
  plural(n: number, forms: PluralForms): string;
  date(isoDate: string): string;
}

const cache = new Map<string, Formatter>();

export function formatterFor(lang: string): Formatter {
  let formatter = cache.get(lang);
  if (!formatter) {
    const numbers = new Intl.NumberFormat(lang);
    const plurals = new Intl.PluralRules(lang);
    const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatter = {
      number: (n) => numbers.format(n),
      plural: (n, forms) =>
        (forms[plurals.select(n)] ?? forms.other).replace('{n}', numbers.format(n)),
      // Dates are calendar days: read and shown in UTC so no time zone moves them a day.
      date: (isoDate) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
    };
    cache.set(lang, formatter);
  }
  return formatter;
}
