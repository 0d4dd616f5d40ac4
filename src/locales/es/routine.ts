import type { RoutineSessionText, RoutineText } from '../../routine/texts.js';

export const routine: RoutineText = {
  heading: 'Su rutina para la espalda',
  intro: 'Haga un ejercicio a la vez. Vaya despacio y descanse cuando lo necesite.',
  planLabel: 'Los ejercicios de hoy',
  duration: {
    one: 'En total, las posturas duran unos {n} minuto.',
    other: 'En total, las posturas duran unos {n} minutos.',
  },
  start: 'Empezar',
  cuesLabel: 'Extras, si los quiere',
  tone: 'Sonar al terminar cada postura',
  speak: 'Decir en voz alta el nombre de cada ejercicio',
  noneKnown:
    'Lo sentimos, no conocemos los ejercicios de este plan. Pídale a quien se lo dio que lo revise.',
  ticksLabel: 'Marque una casilla cada día que lo haga:',
};

export const routineSession: RoutineSessionText = {
  progress: 'Ejercicio {n} de {total}',
  stepsLabel: 'Cómo hacerlo',
  doseLabel: 'Su plan',
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Terminar',
  pause: 'Pausa',
  resume: 'Seguir',
  paused: 'En pausa. Tómese su tiempo.',
  hurts: 'Parar, me duele',
  timeLeft: 'Tiempo restante',
  holdStart: 'Empezar a mantener',
  holdPause: 'Pausar',
  holdResume: 'Seguir manteniendo',
  holdAgain: 'Mantener otra vez',
  holdStarted: { one: 'Mantenga {n} segundo.', other: 'Mantenga {n} segundos.' },
  holdEnding: { one: 'Queda {n} segundo.', other: 'Quedan {n} segundos.' },
  holdDone: 'Se acabó el tiempo. Ya puede soltar.',
  countRep: 'Contar una',
  repsCounted: '{n} de {total} hechas',
  setOf: 'Serie {n} de {total}',
  stoppedHeading: 'Pare por hoy',
  stoppedText:
    'Hizo bien en parar. Si un ejercicio le duele, deténgase enseguida. Luego pida una cita con un fisioterapeuta para que averigüe qué pasa.',
  doneHeading: 'Listo por hoy',
  doneText:
    'Los fisioterapeutas dicen que estirar y fortalecer los músculos con frecuencia es lo que alivia el dolor de espalda.',
  again: 'Volver a la lista',
  weekHeading: 'Los últimos 7 días',
  days: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
  dayDone: 'rutina hecha',
  rememberNote: 'Solo se guardan los días en que termina, y solo en este dispositivo.',
  clear: 'Borrar mis días',
};
