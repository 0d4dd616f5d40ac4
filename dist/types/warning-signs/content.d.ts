/** The urgent maternal warning signs, in the order the CDC lists them. */
export declare const maternalSigns: readonly ["headache", "dizziness", "vision", "fever", "swelling", "breathing", "chest", "vomiting", "belly-pain", "bleeding", "leg", "tiredness", "harm"];
export type MaternalSign = (typeof maternalSigns)[number];
/** Back pain red flags: back pain with any of these needs emergency care. */
export declare const backRedFlags: readonly ["saddle", "bladder-bowel", "both-legs", "fever-unwell"];
export type BackRedFlag = (typeof backRedFlags)[number];
/** Not from the article: public-health guidance, credited to it and never to the therapists. */
export declare const warningSignsProvenance: readonly [import("../shared/provenance.js").Provenance, import("../shared/provenance.js").Provenance];
