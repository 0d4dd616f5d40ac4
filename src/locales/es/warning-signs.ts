import type { WarningSignsText } from '../../warning-signs/texts.js';

export const warningSigns: WarningSignsText = {
  heading: 'Señales de alarma: busque atención médica ya',
  intro:
    'Estas señales pueden indicar un problema de salud grave. Pueden aparecer durante el embarazo y hasta un año después del parto.',
  maternalHeading: 'Pida ayuda de inmediato si tiene:',
  maternal: {
    headache: 'Un dolor de cabeza que no se quita o que empeora',
    dizziness: 'Mareos o desmayos',
    vision: 'Cambios en la vista',
    fever: 'Fiebre de 100.4 °F (38 °C) o más',
    swelling: 'Las manos o la cara muy hinchadas',
    breathing: 'Dificultad para respirar',
    chest: 'Dolor en el pecho, o el corazón que late muy rápido',
    vomiting: 'Muchas náuseas y vómitos',
    'belly-pain': 'Un dolor fuerte en el vientre que no se quita',
    bleeding: 'Sangrado fuerte por la vagina, o un flujo con mal olor',
    leg: 'Una pierna hinchada, roja o con dolor',
    tiredness: 'Un cansancio tan grande que casi no puede con él',
    harm: 'Pensamientos de hacerse daño a usted o a su bebé',
  },
  backHeading: 'Si le duele la espalda y además tiene algo de esto, necesita atención de urgencia:',
  back: {
    saddle:
      'Adormecimiento u hormigueo en los genitales, las nalgas o la parte interna de los muslos',
    'bladder-bowel':
      'Problemas nuevos para orinar, no poder aguantar la orina o las heces, o no sentir cuándo necesita orinar',
    'both-legs':
      'Debilidad o adormecimiento en las dos piernas que es fuerte o empeora, o dolor que baja por las dos piernas',
    'fever-unwell': 'Fiebre, o sentirse muy mal',
  },
  whatToDoHeading: 'Qué hacer',
  whatToDo: [
    'Llame ya a su médico, a su partera o a su equipo de salud.',
    'Si no logra hablar con ellos, vaya a la sala de emergencias o llame al 911.',
    'Dígales que tuvo un bebé en el último año.',
  ],
  notComplete: 'Esta lista no incluye todo. Si siente que algo no está bien, pida ayuda.',
  badge: 'Emergencia',
};
