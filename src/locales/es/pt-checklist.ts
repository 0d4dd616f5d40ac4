import type { PtChecklistText } from '../../pt-checklist/texts.js';

const emergency =
  'Busque atención médica ya. Llame a su médico, a su partera o a su equipo de salud. Si no logra hablar con ellos, vaya a la sala de emergencias o llame al 911.';

export const ptChecklist: PtChecklistText = {
  heading: 'Cuándo consultar a un fisioterapeuta',
  intro: 'Marque lo que sea cierto en su caso para ver su siguiente paso.',
  introWithoutScript: 'Si algo de esto es cierto en su caso, haga lo que dice debajo.',
  itemsLabel: '¿Qué le pasa a usted?',
  items: {
    'warning-sign': {
      label: 'Tiene una señal de la lista “Señales de alarma”, como dolor de espalda con fiebre.',
      action: 'Busque atención médica ya. No espere para ver a un fisioterapeuta.',
      step: emergency,
    },
    'exercise-pain': {
      label: 'Siente dolor o molestias mientras hace los ejercicios.',
      action: 'Deténgase enseguida y pida una cita con un fisioterapeuta.',
      step: 'Deje el ejercicio enseguida. Pida una cita con un fisioterapeuta, para que averigüe qué pasa.',
    },
    'six-weeks': {
      label:
        'Han pasado seis semanas o más desde el parto, y todavía le duele la espalda o siente que algo no está bien.',
      action:
        'Dígaselo a su ginecólogo u obstetra. Le puede enviar con un fisioterapeuta. O usted puede pedir cita directamente.',
      step: 'Es momento de decírselo a su ginecólogo u obstetra, para que le envíe con un fisioterapeuta. O pida cita usted directamente. No espere a que empeore.',
    },
    'new-daily-pain': {
      label: 'Antes no le dolía la espalda, y ahora le duele casi todos los días.',
      action: 'Pida una consulta antes de que empeore.',
      step: {
        unknown:
          'Hable pronto con su equipo de salud o con un fisioterapeuta. Pida una consulta antes de que el dolor empeore.',
        before:
          'Hable pronto con su equipo de salud. No espere a la consulta de las seis semanas. Pida una consulta antes de que el dolor empeore.',
        after:
          'Es momento de decírselo a su ginecólogo u obstetra, para que le envíe con un fisioterapeuta. O pida cita usted directamente. No espere a que empeore.',
      },
    },
    'want-guidance': {
      label: 'Le gustaría recibir ayuda para que su espalda recupere toda su fuerza.',
      action: 'Una consulta con un fisioterapeuta puede orientarle.',
      step: {
        unknown:
          'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Pida una cita cuando le convenga.',
        before:
          'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Pregunte por esto en la consulta de las seis semanas después del parto.',
        after:
          'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Ya puede pedir una cita.',
      },
    },
  },
  and: 'y',
  adviceFrom: 'Consejo de {names}.',
  adviceFromArticle: 'Consejo de los fisioterapeutas del artículo.',
  adviceFromPublicHealth: 'Según las guías de salud pública.',
  birthDateLabel: 'Fecha de nacimiento de su bebé (opcional)',
  birthDateHint:
    'Se guarda solo en este dispositivo. Solo se usa para contar las semanas desde el parto.',
  birthDateOnPaper: 'Fecha de nacimiento del bebé: {date}',
  clearDate: 'Borrar la fecha',
  birthThisWeek: 'El parto fue hace menos de una semana.',
  weeksSince: {
    one: 'Ha pasado {n} semana desde el parto.',
    other: 'Han pasado {n} semanas desde el parto.',
  },
  birthDateProblems: {
    future: 'Esa fecha todavía no ha llegado. Revise la fecha de nacimiento e inténtelo de nuevo.',
    unreadable: 'No pudimos leer esa fecha. Escriba el día, el mes y el año en que nació su bebé.',
    'too-old':
      'Eso fue hace más de dos años. Esta lista es para los dos primeros años después de un parto.',
  },
  resultHeading: 'Su siguiente paso',
  levels: {
    none: 'Nada marcado',
    routine: 'Cuando le convenga',
    soon: 'Pida cita pronto',
    now: 'Hoy',
    emergency: 'Emergencia',
  },
  urgencyPrefix: {
    none: 'Urgencia: ninguna – ',
    routine: 'Urgencia: de rutina – ',
    soon: 'Urgencia: pronto – ',
    now: 'Urgencia: hoy – ',
    emergency: 'Urgencia: emergencia – ',
  },
  customSteps: {
    routine: 'Hable de esto con su equipo de salud en su próxima consulta.',
    soon: 'Hable pronto con su equipo de salud, en los próximos días.',
    now: 'Hable hoy con su médico, su partera o su equipo de salud. No espere.',
    emergency,
  },
  nothingTicked:
    'No marcó nada. Eso no quiere decir que todo esté bien. Si tiene una señal de la lista “Señales de alarma”, busque atención médica ya.',
  nothingTickedNext: {
    unknown: 'Guarde esta lista y vuelva a ella si algo cambia.',
    before:
      'Si a las seis semanas todavía le duele la espalda, dígaselo a su ginecólogo u obstetra en la consulta de las seis semanas después del parto.',
    after:
      'Si empieza a dolerle la espalda casi todos los días, pida una consulta antes de que empeore.',
  },
  rememberNote:
    'Lo que marcó y la fecha de nacimiento se guardan solo en este dispositivo, para que estén aquí la próxima vez.',
  clearAnswers: 'Borrar mis respuestas',
};
