import type { Translation } from '../types.js';
/**
 * The whole English translation in one object: the reference a new language is checked
 * against. Elements do not import it; each bundles only the English parts it shows.
 */
declare const en: Translation;
export default en;
