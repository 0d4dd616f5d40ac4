import type { PtChecklistText } from '../../pt-checklist/texts.js';

const now =
  'No espere. Deje de hacer cualquier ejercicio que le cause dolor y pida ahora una cita con un fisioterapeuta o en su clínica.';

export const ptChecklist: PtChecklistText = {
  heading: 'Cuándo consultar a un fisioterapeuta',
  intro: 'Marque lo que sea cierto en su caso para ver su siguiente paso.',
  itemsLabel: '¿Qué le pasa a usted?',
  items: {
    'exercise-pain': {
      label: 'Siente dolor o molestias mientras hace los ejercicios.',
      action: 'Deténgase enseguida y pida una cita con un fisioterapeuta.',
    },
    'six-weeks': {
      label:
        'Han pasado seis semanas o más desde el parto, y todavía le duele la espalda o siente que algo no está bien.',
      action:
        'Dígaselo a su ginecólogo u obstetra. Le puede enviar con un fisioterapeuta. O usted puede pedir cita directamente.',
    },
    'new-daily-pain': {
      label: 'Antes no le dolía la espalda, y ahora le duele casi todos los días.',
      action: 'Pida una consulta antes de que empeore.',
    },
    'want-guidance': {
      label: 'Le gustaría recibir ayuda para que su espalda recupere toda su fuerza.',
      action: 'Una consulta con un fisioterapeuta puede orientarle.',
    },
  },
  adviceFrom: 'Consejo de {names}.',
  adviceFromArticle: 'Consejo de los fisioterapeutas del artículo.',
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
    now: 'Actúe ahora',
  },
  urgencyPrefix: {
    none: 'Urgencia: ninguna – ',
    routine: 'Urgencia: de rutina – ',
    soon: 'Urgencia: pronto – ',
    now: 'Urgencia: actúe ahora – ',
  },
  nextStep: {
    none: {
      unknown: 'No marcó nada. Guarde esta lista y vuelva a ella si algo cambia.',
      before:
        'No marcó nada. Si a las seis semanas todavía le duele la espalda, dígaselo a su ginecólogo u obstetra en la consulta de las seis semanas después del parto.',
      after:
        'No marcó nada. Si empieza a dolerle la espalda casi todos los días, pida una consulta antes de que empeore.',
    },
    routine: {
      unknown:
        'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Pida una cita cuando le convenga.',
      before:
        'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Pregunte por esto en la consulta de las seis semanas después del parto.',
      after:
        'Un fisioterapeuta puede ayudarle a que su espalda recupere toda su fuerza. Ya puede pedir una cita.',
    },
    soon: {
      unknown:
        'Dígaselo a su ginecólogo u obstetra, que le puede enviar con un fisioterapeuta. O pida cita usted directamente. Hágalo pronto, antes de que el dolor empeore.',
      before:
        'Hable de esto en la consulta de las seis semanas después del parto. Su ginecólogo u obstetra le puede enviar con un fisioterapeuta. O usted puede pedir cita directamente. Si empeora antes de esa consulta, no espere.',
      after:
        'Es momento de decírselo a su ginecólogo u obstetra, para que le envíe con un fisioterapeuta. O pida cita usted directamente. No espere a que empeore.',
    },
    now: { unknown: now, before: now, after: now },
  },
  rememberNote:
    'Lo que marcó y la fecha de nacimiento se guardan solo en este dispositivo, para que estén aquí la próxima vez.',
  clearAnswers: 'Borrar mis respuestas',
};
