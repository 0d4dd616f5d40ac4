import { type TemplateResult } from 'lit';
import type { UrgencyLevel } from './content.js';
import type { PtChecklistText } from './texts.js';
/**
 * The next-step panel: `heading` (which carries the urgency for screen readers), the badge
 * with its icon and word, each step, and the clinic's contact. At the emergency level the
 * hospital's own emergency words come up here, beside the step.
 */
export declare function resultPanel(texts: PtChecklistText, level: UrgencyLevel, steps: readonly string[], heading: TemplateResult): TemplateResult;
