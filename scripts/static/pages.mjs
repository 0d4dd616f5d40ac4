// The example pages in demo/static/, written by `npm run export` as part of the build. Each
// is a page a reader can open with no script; `interactive.html` is rendered for a page that
// loads the script, which then hydrates the widgets in place.

const contact = '<p slot="contact">Women’s health physical therapy: 555-0142</p>';
const emergency = '<p slot="emergency">Maternity unit, day or night: 555-0100</p>';

export const pages = [
  {
    file: 'exercise-card.html',
    title: 'Bridge exercise',
    widgets: [
      ['backcare-exercise-card', { attributes: { exercise: 'bridge', reps: '10', sets: '2' } }],
    ],
  },
  {
    file: 'feeding-guide.html',
    title: 'Feeding holds that spare your back',
    widgets: [['backcare-feeding-guide', {}]],
  },
  {
    file: 'pt-checklist.html',
    title: 'When to see a physical therapist',
    widgets: [['backcare-pt-checklist', { content: `\n  ${contact}\n  ${emergency}\n` }]],
  },
  {
    file: 'warning-signs.html',
    title: 'Warning signs after a birth',
    widgets: [['backcare-warning-signs', { content: `\n  ${emergency}\n` }]],
  },
  {
    file: 'exercise-card-es.html',
    title: 'Gato-vaca',
    lang: 'es',
    widgets: [['backcare-exercise-card', { attributes: { exercise: 'cat-cow' }, lang: 'es' }]],
  },
  {
    file: 'interactive.html',
    title: 'Feeding holds and when to see a physical therapist',
    mode: 'hydrate',
    widgets: [
      ['backcare-feeding-guide', {}],
      ['backcare-pt-checklist', { content: `\n  ${contact}\n` }],
      // A widget in another language hydrates once its texts have arrived.
      ['backcare-exercise-card', { attributes: { exercise: 'bridge' }, lang: 'es' }],
    ],
    // Hydration support first, then the elements: see the README's "Without JavaScript".
    scripts: ['../../dist/hydrate.js', '../../dist/backcare.js'],
  },
  {
    // A routine sent home with a reader: the plan shows before any script; once the script
    // runs, the same routine starts its session in place.
    file: 'routine.html',
    title: 'Your exercises for today',
    mode: 'hydrate',
    widgets: [['backcare-routine', { attributes: { exercises: 'cat-cow bridge' } }]],
    scripts: ['../../dist/hydrate.js', '../../dist/elements/routine.js'],
  },
];
