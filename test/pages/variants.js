// The variants of each element that the embedding tests mount: every documented value of
// the attributes that change what is shown. An element missing here is mounted once with
// no attributes, so a new element is still covered by every embedding test.
export const variants = {
  'backcare-exercise-card': [
    { exercise: 'cat-cow' },
    { exercise: 'childs-pose', compact: '' },
    { exercise: 'bridge', reps: '10', sets: '2', hold: '5' },
    { exercise: 'pelvic-circles' },
    { exercise: 'scapular-retraction' },
    { exercise: 'doorway-pec-stretch' },
  ],
  'backcare-feeding-guide': [
    {},
    { position: 'cradle', feeding: 'breast' },
    { position: 'side-lying', feeding: 'bottle' },
  ],
  'backcare-lifting-tips': [
    {},
    { moment: 'lifting' },
    { moment: 'carrying' },
    { moment: 'bending' },
  ],
  'backcare-why-it-hurts': [{}],
  'backcare-pt-checklist': [{}, { 'weeks-postpartum': '3' }, { 'weeks-postpartum': '8' }],
};

export const variantsOf = (tag) => variants[tag] ?? [{}];
