import type { CommonText, LocaleMeta } from '../../shared/texts.js';

export const meta: LocaleMeta = {
  translatedBy: 'Spanish text written by the postpartum-backcare maintainers from the English',
  reviewStatus:
    'Not yet reviewed by a clinician or a professional medical translator; review before use with patients. ' +
    'A clinical reviewer should check: cat-cow phase 1 as "Redondee la espalda hacia el techo, como un gato" and the reverse step; ' +
    '"a gatas" for hands and knees; pelvic circles "en un sentido... en el otro sentido"; ' +
    'the band exercise with "jale"/"jalar"; the chest stretch ("un paso largo hacia delante" for a lunge, and its "helps" line); ' +
    '"ginecólogo u obstetra" for OB-GYN and "le puede enviar con un fisioterapeuta" for a referral, ' +
    'and whether "pedir cita directamente" (self-referral) is right for US readers where direct access differs by state; ' +
    'the urgent step "pida ahora una cita" (calm, as the English "now"); "zona lumbar" vs "parte baja de la espalda"; ' +
    '"la espalda lo resiente" for "adds up in your back"; "Recomendado por" before one or several clinicians.',
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
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  dateFormat: '{day} de {month} de {year}',
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
