// Type tests, checked by `npm run typecheck` (never run): the JSX intrinsic-element types for
// frameworks that render custom elements directly (React 19, Preact, Solid), as the README
// tells a developer to add them.
import type { CustomElements } from 'postpartum-backcare/jsx';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export const card = <backcare-exercise-card exercise="cat-cow" heading-level="3" />;
export const guide = <backcare-feeding-guide position="football" feeding="both" />;
export const checklist = <backcare-pt-checklist weeks-postpartum="2" remember />;

// @ts-expect-error There is no such exercise.
export const wrong = <backcare-exercise-card exercise="jumping-jacks" />;
