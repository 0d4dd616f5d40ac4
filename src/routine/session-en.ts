import type { RoutineSessionText } from './texts.js';

/** The words of the session screens in English, loaded with them. */
export const routineSession: RoutineSessionText = {
  progress: 'Exercise {n} of {total}',
  stepsLabel: 'How to do it',
  doseLabel: 'Your plan',
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  pause: 'Pause',
  resume: 'Go on',
  paused: 'Paused. Take your time.',
  hurts: 'Stop, this hurts',
  timeLeft: 'Time left',
  holdStart: 'Start the hold',
  holdPause: 'Pause the hold',
  holdResume: 'Go on with the hold',
  holdAgain: 'Hold again',
  holdStarted: { one: 'Hold for {n} second.', other: 'Hold for {n} seconds.' },
  holdEnding: { one: '{n} second left.', other: '{n} seconds left.' },
  holdDone: 'Time is up. You can let go.',
  countRep: 'Count one',
  repsCounted: '{n} of {total} done',
  setOf: 'Set {n} of {total}',
  stoppedHeading: 'Stop for today',
  stoppedText:
    'You did the right thing. If an exercise hurts, stop right away. Then make an appointment with a physical therapist to find out what is going on.',
  doneHeading: 'Done for today',
  doneText:
    'Physical therapists say that stretching and building strength often is what eases back pain.',
  again: 'Back to the list',
  weekHeading: 'The last 7 days',
  days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  dayDone: 'routine done',
  rememberNote: 'Only the days you finish are kept, and only on this device.',
  clear: 'Clear my days',
};
