import { fromPublicHealth, type Source } from '../shared/provenance.js';

/** The urgent maternal warning signs, in the order the CDC lists them. */
export const maternalSigns = [
  'headache',
  'dizziness',
  'vision',
  'fever',
  'swelling',
  'breathing',
  'chest',
  'vomiting',
  'belly-pain',
  'bleeding',
  'leg',
  'tiredness',
  'harm',
] as const;

export type MaternalSign = (typeof maternalSigns)[number];

/** Back pain red flags: back pain with any of these needs emergency care. */
export const backRedFlags = ['saddle', 'bladder-bowel', 'both-legs', 'fever-unwell'] as const;

export type BackRedFlag = (typeof backRedFlags)[number];

const cdcHearHer: Source = {
  title: 'Urgent maternal warning signs (Hear Her campaign)',
  publisher: 'Centers for Disease Control and Prevention (CDC)',
  url: 'https://www.cdc.gov/hearher/',
};

const nhsBackPain: Source = {
  title: 'Back pain',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/back-pain/',
};

const nhsCaudaEquina: Source = {
  title: 'Cauda equina syndrome',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
};

/** Not from the article: public-health guidance, credited to it and never to the therapists. */
export const warningSignsProvenance = [
  fromPublicHealth(cdcHearHer),
  fromPublicHealth(nhsBackPain, nhsCaudaEquina),
] as const;
