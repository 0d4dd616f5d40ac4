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

export const clinicians: Readonly<Record<ClinicianId, Clinician>> = {
  vystejnova: {
    name: 'Barbora Vystejnova',
    credentials: 'MS, PT, DPT, PRPC',
    institution: 'Baptist Health Jacksonville',
  },
  orvis: {
    name: 'Brook Orvis',
    credentials: 'PT, DPT, WCS, PRPC, CLT',
    institution: 'Duke Health',
  },
  osullivan: {
    name: 'Caitlyn O’Sullivan',
    credentials: 'PT, DPT',
    institution: 'Baptist Health Jacksonville',
  },
};
