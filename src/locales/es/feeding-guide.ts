import type { FeedingGuideText } from '../../feeding-guide/texts.js';

export const feedingGuide: FeedingGuideText = {
  heading: {
    breast: 'Posiciones para amamantar que cuidan su espalda',
    bottle: 'Posiciones para dar el biberón que cuidan su espalda',
    both: 'Posiciones para alimentar a su bebé que cuidan su espalda',
  },
  intro: {
    breast:
      'Usted da el pecho muchas veces al día, y a menudo se encorva para ayudar a su bebé a prenderse. Con el tiempo, la espalda lo resiente. Estas posiciones pueden ayudar a quitarle presión a la espalda.',
    bottle:
      'Usted da el biberón muchas veces al día, y a menudo se encorva. Con el tiempo, la espalda lo resiente, haya dado a luz o no. Las posiciones para amamantar también sirven para el biberón, y pueden ayudar a quitarle presión a la espalda.',
    both: 'Usted alimenta a su bebé muchas veces al día, y a menudo se encorva. Con el tiempo, la espalda lo resiente. Pasa al dar el pecho y al dar el biberón, haya dado a luz o no. Estas posiciones pueden ayudar a quitarle presión a la espalda.',
  },
  holdsLabel: 'Posiciones',
  holds: {
    football: {
      name: 'Posición de balón de fútbol americano',
      steps: [
        'Siéntese con la espalda apoyada y una almohada a un costado.',
        'Acueste a su bebé sobre la almohada, a lo largo de su costado, con las piernas hacia su espalda.',
        'Acomode a su bebé bajo el brazo, como un balón de fútbol americano. Sosténgale la cabeza y el cuello con la mano.',
        {
          breast: 'Suba a su bebé hasta el pecho de ese lado.',
          bottle: 'Sostenga el biberón con la mano libre.',
          both: 'Suba a su bebé hasta el pecho de ese lado, o sostenga el biberón con la mano libre.',
        },
      ],
      why: 'La almohada sostiene a su bebé a la altura correcta, a su costado. Así puede recostar la espalda en la silla en lugar de inclinarse hacia delante.',
      illustrationAlt:
        'Una madre o un padre en una silla, con la espalda recta y una almohada a un costado. El bebé está acostado sobre la almohada, a lo largo de su costado y bajo su brazo, con la cabeza hacia delante.',
    },
    cradle: {
      name: 'Posición de cuna',
      steps: [
        'Siéntese con la espalda apoyada y los pies sobre un banquito.',
        'Ponga una almohada de lactancia sobre las piernas.',
        'Acueste a su bebé sobre la almohada, atravesado delante de su cuerpo, con la pancita hacia usted y la cabeza en el pliegue del codo.',
        {
          breast: 'Suba a su bebé hasta el pecho en lugar de inclinarse hacia abajo.',
          bottle:
            'Sostenga el biberón con la mano libre. Suba a su bebé hacia usted en lugar de inclinarse hacia abajo.',
          both: 'Suba a su bebé hacia usted en lugar de inclinarse hacia abajo. Si usa biberón, sosténgalo con la mano libre.',
        },
      ],
      why: 'La almohada mantiene a su bebé cerca del pecho. Así puede sentarse con la espalda bien recta, en lugar de encorvarse.',
      illustrationAlt:
        'Una madre o un padre visto de frente, sentado con la espalda recta contra el respaldo de una silla, con los pies sobre un banquito y una almohada sobre las piernas. El bebé está acostado sobre la almohada, atravesado delante de su cuerpo a la altura del pecho, con la cabeza en el pliegue de un codo. Ese brazo pasa por debajo del bebé, y la otra mano sostiene las nalgas del bebé por debajo.',
    },
    'side-lying': {
      name: 'Posición acostada de lado',
      steps: [
        'Acuéstese de lado en la cama, con una almohada bajo la cabeza.',
        'Acueste a su bebé de lado, frente a usted y cerca de su cuerpo.',
        {
          breast: 'Ponga a su bebé a la altura del pecho que queda abajo.',
          bottle: 'Sostenga el biberón con la mano de arriba.',
          both: 'Ponga a su bebé a la altura del pecho que queda abajo, o sostenga el biberón con la mano de arriba.',
        },
      ],
      why: {
        breast:
          'Puede darle el pecho a su bebé acostándose y descansando en la cama, en lugar de sentarse con el cuerpo doblado hacia delante. Además, es una alternativa a las posiciones sentadas.',
        bottle:
          'Puede darle el biberón a su bebé acostándose y descansando en la cama, en lugar de sentarse con el cuerpo doblado hacia delante. Además, es una alternativa a las posiciones sentadas.',
        both: 'Puede alimentar a su bebé acostándose y descansando en la cama, en lugar de sentarse con el cuerpo doblado hacia delante. Además, es una alternativa a las posiciones sentadas.',
      },
      illustrationAlt:
        'Vista desde arriba: una madre o un padre acostado de lado en la cama, con la cabeza sobre una almohada, las rodillas dobladas y el brazo de abajo por encima de la cabeza del bebé. El bebé está acostado sobre el colchón firme, frente a su pecho, sin almohadas ni mantas cerca.',
    },
  },
  stepsLabel: 'Cómo hacerlo',
  whyLabel: 'Por qué ayuda a su espalda',
  setupHeading: 'Prepare su lugar para alimentar a su bebé',
  setup: {
    pillow: {
      title: 'Una almohada de lactancia',
      text: {
        breast:
          'Una almohada firme hecha para alimentar al bebé, como Boppy o My Breast Friend, sostiene a su bebé en alto y cerca del pecho mientras usted le da el pecho. No tiene que encorvarse, y la columna se mantiene alineada.',
        bottle:
          'Una almohada firme hecha para alimentar al bebé, como Boppy, sostiene a su bebé en alto y cerca del pecho mientras usted le da el biberón. No tiene que encorvarse, y la columna se mantiene alineada.',
        both: 'Una almohada firme hecha para alimentar al bebé, como Boppy o My Breast Friend, sostiene a su bebé en alto y cerca del pecho mientras usted lo alimenta. No tiene que encorvarse, y la columna se mantiene alineada.',
      },
    },
    chair: {
      title: 'Una silla que le sostenga la espalda',
      text: 'Siéntese con la espalda apoyada, por ejemplo en un sillón reclinable o en una mecedora. Apoye los pies o las piernas en algo, como un banquito.',
    },
    bed: {
      title: 'En la cama',
      text: 'Siéntese con la espalda recta y apoyada en la cabecera.',
    },
    places: {
      title: 'Más de un lugar',
      text: {
        breast:
          'Prepare varios lugares en casa donde pueda darle el pecho a su bebé con buen apoyo.',
        bottle:
          'Prepare varios lugares en casa donde pueda darle el biberón a su bebé con buen apoyo.',
        both: 'Prepare varios lugares en casa donde pueda alimentar a su bebé con buen apoyo.',
      },
    },
    alternate: {
      title: 'Cambie de posición',
      text: 'Use una posición distinta de una toma a la siguiente.',
    },
  },
  safeSleepLabel: 'Sueño seguro',
  safeSleep: {
    sideLying:
      'Si es posible que se duerma mientras alimenta a su bebé en la cama, mantenga las almohadas y las cobijas lejos de su bebé. Al despertar, vuelva a poner a su bebé en su propia cuna o moisés. El lugar más seguro para que su bebé duerma es boca arriba, solo, sobre una superficie firme y plana.',
    pillow:
      'Use la almohada de lactancia solo para alimentar a su bebé mientras usted no duerme. Nunca deje que su bebé duerma sobre ella.',
  },
};
