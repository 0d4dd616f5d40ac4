import type { CommonText, LocaleMeta } from '../../shared/texts.js';

export const meta: LocaleMeta = {
  translatedBy: 'Spanish text written by the postpartum-backcare maintainers from the English',
  reviewStatus:
    'Not yet reviewed by a clinician or a professional medical translator; review before use with patients',
  formality: 'usted',
};

export const common: CommonText = {
  disclaimer:
    'Información educativa, no es consejo médico. Pregunte a su profesional de salud qué es lo adecuado para usted.',
  stopIfItHurts: 'Si siente cualquier molestia, deténgase y pida una cita con un fisioterapeuta.',
  recommendedBy: 'Lo recomienda',
  basedOnAdviceFrom: 'Basado en los consejos de',
  sourceLabel: 'Fuente',
  lastReviewed: 'Contenido revisado por última vez el {date}',
  clinicianTitles: {
    vystejnova: 'Fisioterapeuta especializada en salud de la mujer',
    orvis: 'Fisioterapeuta',
    osullivan: 'Fisioterapeuta',
  },
};
