import type { RoutineText } from './texts.js';

/** The routine's own words in English; the exercises are in `exercises/en.ts`. */
export const routine: RoutineText = {
  heading: 'Your back-care routine',
  intro: 'Do one exercise at a time. Go slowly, and rest when you need to.',
  planLabel: 'Today’s exercises',
  duration: {
    one: 'The holds take about {n} minute in all.',
    other: 'The holds take about {n} minutes in all.',
  },
  start: 'Start',
  cuesLabel: 'Extras, if you want them',
  tone: 'Play a sound when a hold ends',
  speak: 'Say each exercise’s name out loud',
  noneKnown:
    'Sorry, we do not know the exercises in this plan. Ask the person who gave it to you to check it.',
  ticksLabel: 'Tick a box each day you do it:',
};
