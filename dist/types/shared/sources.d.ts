/**
 * Who the advice comes from. Names, credentials and institutions are facts, the same in
 * every language; only the clinicians' job titles are translated (see `ClinicianText`).
 */
export type ClinicianId = 'vystejnova' | 'orvis' | 'osullivan';
export interface Clinician {
    readonly name: string;
    readonly credentials: string;
    readonly institution: string;
}
export declare const clinicians: Readonly<Record<ClinicianId, Clinician>>;
/** The article every piece of content is drawn from. */
export declare const sourceArticle: {
    readonly title: "Dealing With Postpartum Back Pain? Physical Therapists Share Their Tips";
};
/** The date the built-in content was last checked against the source article (ISO 8601). */
export declare const contentLastReviewed = "2026-11-24";
