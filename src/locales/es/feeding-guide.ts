import type { FeedingType } from '../../content/feeding-guide.js';
import type { FeedingGuideText } from '../../feeding-guide/texts.js';

const byFeeding =
  (breast: string, bottle: string, both: string) =>
  (feeding: FeedingType): string =>
    ({ breast, bottle, both })[feeding];

const feedYourBaby = byFeeding(
  'darle el pecho a su bebé',
  'darle el biberón a su bebé',
  'alimentar a su bebé',
);

export const feedingGuide: FeedingGuideText = {
  heading: byFeeding(
    'Posiciones para amamantar que cuidan su espalda',
    'Posiciones para dar el biberón que cuidan su espalda',
    'Posiciones para alimentar a su bebé que cuidan su espalda',
  ),
  intro: byFeeding(
    'Usted da el pecho muchas veces al día, y a menudo se encorva para ayudar a su bebé a prenderse. Con el tiempo, eso se acumula en la espalda. Estas posiciones pueden ayudar a quitarle presión.',
    'Usted da el biberón muchas veces al día, y a menudo se encorva. Con el tiempo, eso se acumula en la espalda, haya dado a luz o no. Las posiciones para amamantar también sirven para el biberón, y pueden ayudar a quitarle presión a la espalda.',
    'Usted alimenta a su bebé muchas veces al día, y a menudo se encorva. Con el tiempo, eso se acumula en la espalda. Pasa al dar el pecho y al dar el biberón, haya dado a luz o no. Estas posiciones pueden ayudar a quitarle presión a la espalda.',
  ),
  holdsLabel: 'Posiciones',
  holds: {
    football: {
      name: 'Posición de balón de fútbol americano',
      steps: (feeding) => [
        'Siéntese con la espalda apoyada y una almohada a un costado.',
        'Acueste a su bebé sobre la almohada, a lo largo de su costado, con las piernas hacia su espalda.',
        'Acomode a su bebé bajo el brazo, como un balón de fútbol americano. Sosténgale la cabeza y el cuello con la mano.',
        byFeeding(
          'Suba a su bebé hasta el pecho de ese lado.',
          'Sostenga el biberón con la mano libre.',
          'Suba a su bebé hasta el pecho de ese lado, o sostenga el biberón con la mano libre.',
        )(feeding),
      ],
      why: () =>
        'La almohada sostiene a su bebé a la altura correcta, a su costado. Así puede recostar la espalda en la silla en lugar de inclinarse hacia delante.',
      illustrationAlt:
        'Una madre o un padre en una silla, con la espalda recta y una almohada a un costado. El bebé está acostado sobre la almohada, a lo largo de su costado y bajo su brazo, con la cabeza hacia delante.',
    },
    cradle: {
      name: 'Posición de cuna',
      steps: (feeding) => [
        'Siéntese con la espalda apoyada y los pies sobre un banquito.',
        'Ponga una almohada de lactancia sobre las piernas.',
        'Acueste a su bebé sobre la almohada, atravesado delante de su cuerpo, con la pancita hacia usted y la cabeza en el pliegue del codo.',
        byFeeding(
          'Suba a su bebé hasta el pecho en lugar de inclinarse hacia abajo.',
          'Sostenga el biberón con la mano libre. Suba a su bebé hacia usted en lugar de inclinarse hacia abajo.',
          'Suba a su bebé hacia usted en lugar de inclinarse hacia abajo. Si usa biberón, sosténgalo con la mano libre.',
        )(feeding),
      ],
      why: () =>
        'La almohada mantiene a su bebé cerca del pecho. Así puede sentarse con la espalda bien recta, en lugar de encorvarse.',
      illustrationAlt:
        'Una madre o un padre en una silla, con los pies sobre un banquito y una almohada sobre las piernas. El bebé está acostado sobre la almohada, atravesado delante de su cuerpo, en sus brazos.',
    },
    'side-lying': {
      name: 'Posición acostada de lado',
      steps: (feeding) => [
        'Acuéstese de lado en la cama, con una almohada bajo la cabeza.',
        'Acueste a su bebé de lado, frente a usted y cerca de su cuerpo.',
        byFeeding(
          'Ponga a su bebé a la altura del pecho que queda abajo.',
          'Sostenga el biberón con la mano de arriba.',
          'Ponga a su bebé a la altura del pecho que queda abajo, o sostenga el biberón con la mano de arriba.',
        )(feeding),
      ],
      why: (feeding) =>
        `Puede ${feedYourBaby(feeding)} acostándose y descansando en la cama, en lugar de sentarse con el cuerpo doblado hacia delante. Además, es una alternativa a las posiciones sentadas.`,
      illustrationAlt:
        'Una madre o un padre en la cama, de lado, con la cabeza sobre una almohada. El bebé está acostado en la cama, frente a su pecho.',
    },
  },
  stepsLabel: 'Cómo hacerlo',
  whyLabel: 'Por qué ayuda a su espalda',
  setupHeading: 'Prepare su lugar para alimentar a su bebé',
  setup: {
    pillow: {
      title: 'Una almohada de lactancia',
      text: (feeding) =>
        `Una almohada firme hecha para alimentar al bebé, como Boppy${feeding === 'bottle' ? '' : ' o My Breast Friend'}, sostiene a su bebé en alto y cerca del pecho mientras usted ${byFeeding('le da el pecho', 'le da el biberón', 'lo alimenta')(feeding)}. No tiene que encorvarse, y la columna se mantiene alineada.`,
    },
    chair: {
      title: 'Una silla que le sostenga la espalda',
      text: () =>
        'Siéntese con la espalda apoyada, por ejemplo en un sillón reclinable o en una mecedora. Apoye los pies o las piernas en algo, como un banquito.',
    },
    bed: {
      title: 'En la cama',
      text: () => 'Siéntese con la espalda recta y apoyada en la cabecera.',
    },
    places: {
      title: 'Más de un lugar',
      text: (feeding) =>
        `Prepare varios lugares en casa donde pueda ${feedYourBaby(feeding)} con buen apoyo.`,
    },
    alternate: {
      title: 'Cambie de posición',
      text: () => 'Use una posición distinta de una toma a la siguiente.',
    },
  },
};
