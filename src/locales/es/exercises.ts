import type { ExercisesText } from '../../exercises/texts.js';

export const exercises: ExercisesText = {
  byId: {
    'cat-cow': {
      name: 'Gato-vaca',
      searchName: 'postura gato vaca',
      helps: 'Mueve con suavidad toda la columna y alivia la espalda rígida y adolorida.',
      steps: [
        'Póngase a gatas: las manos debajo de los hombros y las rodillas debajo de las caderas.',
        'Redondee la espalda hacia el techo, como un gato, y deje caer la cabeza.',
        'Luego haga lo contrario, despacio: levante la cabeza y baje la espalda hasta que quede plana.',
        'Pase despacio de una posición a la otra.',
      ],
      illustrationAlt:
        'Dos dibujos de una persona a gatas: primero con la espalda redondeada hacia arriba y la cabeza abajo, después con la cabeza levantada y la espalda plana.',
      motionAlt:
        'Una persona a gatas que pasa despacio de redondear la espalda hacia arriba con la cabeza abajo a tener la espalda plana con la cabeza levantada.',
    },
    'childs-pose': {
      name: 'Postura del niño',
      searchName: 'postura del niño yoga',
      helps:
        'Estira los músculos de la espalda y de los costados, incluida la parte baja de la espalda.',
      steps: [
        'Arrodíllese sobre la colchoneta y siéntese hacia atrás, sobre los talones.',
        'Inclínese hacia delante y estire los brazos sobre la colchoneta.',
        'Quédese así y respire.',
        'Para estirar un costado, lleve las dos manos hacia el otro lado. Luego cambie.',
      ],
      illustrationAlt:
        'Dos dibujos de una persona sobre una colchoneta. Primero, de lado: arrodillada y sentada sobre los talones, con el cuerpo inclinado hacia delante y los brazos estirados al frente. Después, desde arriba: con las dos manos llevadas hacia un lado, de modo que el cuerpo se curva.',
    },
    bridge: {
      name: 'Puente',
      searchName: 'ejercicio puente de glúteos',
      helps: 'Fortalece el abdomen y los músculos que sostienen la zona lumbar.',
      steps: [
        'Acuéstese boca arriba con las rodillas dobladas, los pies apoyados y los brazos a los lados.',
        'Apriete suavemente los músculos profundos del abdomen y de la zona lumbar.',
        'Levante despacio las caderas del piso, con el abdomen apretado todo el tiempo.',
        'Baje despacio.',
      ],
      illustrationAlt:
        'Dos dibujos de una persona acostada boca arriba sobre una colchoneta, con las rodillas dobladas, los pies apoyados y los brazos a los lados: primero en reposo, después con las caderas levantadas de modo que el cuerpo forma una rampa recta de las rodillas a los hombros.',
      motionAlt:
        'Una persona acostada boca arriba sobre una colchoneta, con las rodillas dobladas y los pies apoyados, que levanta despacio las caderas hasta que el cuerpo forma una rampa recta de las rodillas a los hombros, y luego las baja.',
    },
    'pelvic-circles': {
      name: 'Círculos con la pelvis',
      searchName: 'rotaciones de pelvis',
      helps: 'Suelta la tensión de la zona lumbar.',
      steps: [
        'Párese con los pies separados y las manos en la cintura.',
        'Haga círculos lentos con las caderas en un sentido, como si bailara.',
        'Luego haga los círculos en el otro sentido.',
      ],
      illustrationAlt:
        'Una persona de pie con las manos en la cintura y flechas que giran alrededor de las caderas en el sentido de las manecillas del reloj y en el sentido contrario.',
    },
    'scapular-retraction': {
      name: 'Juntar los omóplatos con una banda',
      searchName: 'retracción escapular',
      helps:
        'Fortalece los músculos entre los omóplatos, que le ayudan a mantener una buena postura.',
      steps: [
        'Sostenga una banda elástica con las dos manos delante de usted.',
        'Jale la banda y separe las manos hacia los lados.',
        'Mientras jala, junte los omóplatos.',
        'Deje que las manos vuelvan despacio.',
      ],
      illustrationAlt:
        'Una persona de pie, vista de frente, que sostiene una banda elástica delante del pecho y la jala hacia los lados con los brazos extendidos, con flechas que muestran cómo se separan las manos y se juntan los omóplatos.',
    },
    'doorway-pec-stretch': {
      name: 'Estiramiento de pecho en el marco de una puerta',
      searchName: 'estiramiento de pectorales en la puerta',
      helps:
        'Relaja los músculos del pecho cuando están tensos. Así la parte alta de la espalda hace menos esfuerzo.',
      steps: [
        'Párese en el marco de una puerta o en la esquina de una pared.',
        'Apoye una mano en el marco o en la pared.',
        'Dé un paso largo hacia delante e inclínese hasta sentir el estiramiento en el pecho.',
        'Vuelva despacio y luego haga el otro lado.',
      ],
      illustrationAlt:
        'Una persona en el marco de una puerta con una mano apoyada en el marco, dando un paso largo hacia delante para estirar el pecho.',
    },
  },
  equipment: {
    mat: 'Una colchoneta o un lugar blando en el piso',
    'resistance-band':
      'Una banda elástica de resistencia (una banda que se estira, para hacer ejercicio)',
    doorway: 'El marco de una puerta o la esquina de una pared',
    none: 'Nada',
  },
  beforeYouStart:
    '¿Tuvo una cesárea, puntos o un parto difícil? Pregúntele a su médico o partera antes de empezar.',
  dose: {
    reps: { one: '{n} repetición', other: '{n} repeticiones' },
    sets: { one: '{n} serie', other: '{n} series' },
    hold: { one: 'mantenga {n} segundo', other: 'mantenga {n} segundos' },
  },
};
