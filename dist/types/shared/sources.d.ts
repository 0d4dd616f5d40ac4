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
