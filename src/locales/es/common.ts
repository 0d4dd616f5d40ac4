import type { CommonText, LocaleMeta } from '../../shared/texts.js';

export const meta: LocaleMeta = {
  translatedBy: 'Spanish text written by the postpartum-backcare maintainers from the English',
  reviewStatus:
    'Not yet reviewed by a clinician or a professional medical translator; review before use with patients',
  formality: 'usted',
  reviewedBy: '',
  reviewedOn: '',
};

export const common: CommonText = {
  disclaimer:
    'Información educativa, no es consejo médico. Pregunte a su profesional de salud qué es lo adecuado para usted.',
  stopIfItHurts: 'Si siente cualquier molestia, deténgase y pida una cita con un fisioterapeuta.',
  recommendedBy: 'Recomendado por',
  basedOnAdviceFrom: 'Basado en los consejos de',
  sourcesLabel: 'Fuentes',
  bases: {
    article: 'Consejos del artículo, con palabras sencillas.',
    'public-health': 'Notas de seguridad de guías de salud pública.',
    editorial: 'Algunos pasos y explicaciones son palabras nuestras.',
  },
  notReviewed:
    'Contenido comparado con sus fuentes el {date}. Todavía no lo ha revisado un profesional clínico.',
  reviewed: 'Revisado por {name} el {date}.',
  translationStatus:
    'Traducción al español del equipo de postpartum-backcare; todavía no la ha revisado un profesional clínico ni un traductor médico.',
  clinicianTitles: {
    vystejnova: 'Fisioterapeuta especializada en salud de la mujer',
    orvis: 'Fisioterapeuta',
    osullivan: 'Fisioterapeuta',
  },
};
