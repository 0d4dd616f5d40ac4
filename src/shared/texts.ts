import type { DateWords } from './format.js';
import type { Basis } from './provenance.js';
import type { ClinicianId } from './sources.js';

/**
 * The shapes that locale data is made of. A locale holds words and placeholders only; the
 * code that puts numbers, names and choices into them is here, written once for every
 * language.
 */

/** Plural forms keyed by `Intl.PluralRules` category; `{n}` stands for the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string };

/**
 * Puts values into a text's `{name}` placeholders. Only the values' own keys count, so a
 * placeholder such as `{constructor}` is never filled from `Object.prototype`; a placeholder
 * without a value stays as written, which a test of the locales would show.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

/** Who wrote a locale, and its review status, in its own language. */
export interface LocaleMeta {
  /** Who wrote this locale. */
  readonly translatedBy: string;
  /** Whether a clinician has reviewed it, and when. */
  readonly reviewStatus: string;
  /** `usted` or `tú`, where the language has the choice; otherwise empty. */
  readonly formality: string;
  /** Who reviewed this language's text clinically; empty until someone has. */
  readonly reviewedBy: string;
  /** When (ISO 8601 date); empty until reviewed. */
  readonly reviewedOn: string;
}

/** The words every element shows. */
export interface CommonText extends DateWords {
  /** The one-line educational disclaimer every widget shows. */
  readonly disclaimer: string;
  readonly stopIfItHurts: string;
  readonly recommendedBy: string;
  /** Credit label where the content is general advice rather than one clinician's tip. */
  readonly basedOnAdviceFrom: string;
  /** Label of the list of sources. */
  readonly sourcesLabel: string;
  /** One plain sentence per kind of source the widget's content draws on. */
  readonly bases: Readonly<Record<Basis, string>>;
  /** Without an embedder's review: when the content was checked against its sources, `{date}`. */
  readonly notReviewed: string;
  /** With `reviewed-by` and `reviewed-on`: `{name}` reviewed it on `{date}`. */
  readonly reviewed: string;
  /** Shown under a translated widget only: who translated it and whether anyone reviewed that. */
  readonly translationStatus: string;
  readonly clinicianTitles: Readonly<Record<ClinicianId, string>>;
}
