// Type tests, checked by `npm run typecheck` (never run): every React wrapper takes its
// element's properties as props and its events as typed `on…` handlers, as a clinic's React
// app imports them from the package.
import {
  ExerciseCard,
  FeedingGuide,
  LiftingTips,
  PtChecklist,
  WarningSigns,
  WhyItHurts,
} from 'postpartum-backcare/react';

export const page = (
  <>
    <ExerciseCard exercise="bridge" reps="10" sets="2" headingLevel="3" theme="dark" compact />
    <FeedingGuide
      position="side-lying"
      feeding="bottle"
      onPositionChange={(event) => {
        const position: string = event.detail.position;
        void position;
      }}
    />
    <LiftingTips moment="carrying" reviewedBy="Dr Ana Ruiz, OB-GYN" reviewedOn="2026-11-30" />
    <WhyItHurts lang="es" />
    <WarningSigns>
      <p slot="emergency">Maternity unit: 555-0100</p>
    </WarningSigns>
    <PtChecklist
      weeksPostpartum="3"
      remember
      onChecklistChange={(event) => {
        const checked: string[] = event.detail.checked;
        const level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' = event.detail.level;
        void [checked, level];
      }}
    >
      <p slot="contact">555-0142</p>
    </PtChecklist>
  </>
);

// @ts-expect-error There is no such exercise.
export const wrongExercise = <ExerciseCard exercise="jumping-jacks" />;

// @ts-expect-error `theme` is light, dark or auto.
export const wrongTheme = <LiftingTips theme="sepia" />;

export const wrongHandler = (
  <PtChecklist
    onChecklistChange={(event) => {
      // @ts-expect-error The checklist's detail has no position.
      void event.detail.position;
    }}
  />
);
