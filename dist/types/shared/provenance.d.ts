import type { ClinicianId } from './sources.js';
/**
 * Where a piece of content comes from, recorded on every content entry and shown in the
 * widget's fine print, so a reader (and a clinic's compliance team) can tell the source
 * article's advice from public-health guidance and from our own wording.
 */
export type Basis = 
/** The source article's advice, rewritten in plain words. */
'article'
/** Public-health guidance (CDC, NHS, ACOG, AAP, NICHD), summarised in plain words. */
 | 'public-health'
/** Our own wording beyond the sources: extra steps, explanations, plain-language glosses. */
 | 'editorial';
/**
 * A published source. Each is written where the content that cites it lives, so a widget
 * carries only its own sources: the article here, public-health pages beside the safety
 * notes that cite them.
 */
export interface Source {
    readonly title: string;
    readonly publisher?: string;
    readonly url?: string;
}
/** The article every piece of physical-therapy advice comes from. */
export declare const article: Source;
export interface Provenance {
    readonly basis: Basis;
    /**
     * Who the source says gave this advice, only where it names them. Absent for the article's
     * own account and for advice it gives without a named speaker.
     */
    readonly saidBy?: readonly ClinicianId[];
    readonly sources: readonly Source[];
    /** When the wording was last checked against its sources (ISO 8601 date). */
    readonly checked: string;
}
/** When the built-in content was last checked against the article. */
export declare const articleChecked = "2026-11-24";
/** When the public-health safety content was last checked against its sources. */
export declare const safetyChecked = "2026-12-01";
/** The article's advice, as said by the named therapists (if any). */
export declare function fromArticle(...saidBy: ClinicianId[]): Provenance;
/** Our own wording that makes the article's advice easier to follow. */
export declare const editorial: Provenance;
/** Public-health guidance from the given sources. */
export declare function fromPublicHealth(...cited: Source[]): Provenance;
