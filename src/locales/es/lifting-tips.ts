import type { LiftingTipsText } from '../../lifting-tips/texts.js';

export const liftingTips: LiftingTipsText = {
  heading: 'Cómo levantar y cargar a su bebé',
  intro:
    '¿Le duele más la parte baja de la espalda cuando levanta o carga a su bebé? Estos pequeños cambios le quitan esfuerzo a la espalda.',
  coreHeading: 'Primero, active el abdomen',
  coreWhy:
    'Antes de levantar a su bebé, inclinarse o darse la vuelta en la cama, apriete suavemente los músculos profundos del abdomen y de la zona lumbar. Así evita forzar de más la parte baja de la espalda.',
  coreCue: 'Consejo de {name}: imagine que se sube el cierre de unos pantalones ajustados.',
  coreFeel:
    'Debe sentir que algo se aprieta suavemente muy adentro, en el centro del cuerpo. No son los músculos de los “cuadritos”.',
  moments: {
    lifting: {
      heading: 'Sacar a su bebé de la cuna o del corral',
      dos: [
        'Párese lo más cerca posible de la cuna o del corral.',
        'Póngase justo de frente a su bebé.',
        'Apriete el abdomen antes de levantar a su bebé.',
        'Doble las rodillas y las caderas.',
      ],
      donts: [
        'Levantar y girar el cuerpo al mismo tiempo. Girar mientras levanta fuerza la espalda.',
        'Doblar la espalda para llegar hasta abajo.',
      ],
    },
    carrying: {
      heading: 'Cargar a su bebé',
      dos: [
        'Sostenga a su bebé cerca del centro del cuerpo, donde lo llevaría un portabebés. Así el peso se reparte de forma pareja.',
        'Si carga a su bebé de un lado, cambie de lado todas las veces que pueda.',
      ],
      donts: ['Cargar a su bebé siempre del mismo lado.'],
    },
    bending: {
      heading: 'Inclinarse y darse la vuelta en la cama',
      dos: [
        'Apriete el abdomen antes de inclinarse.',
        'Apriete el abdomen antes de darse la vuelta.',
      ],
      donts: ['Inclinarse o darse la vuelta sin apretar antes el abdomen.'],
    },
  },
  doHeading: 'Haga esto',
  dontHeading: 'Evite',
  doPrefix: 'Haga esto:',
  dontPrefix: 'Evite:',
  illustrationAlt:
    'Una madre o un padre de pie, muy cerca de una cuna y de frente a ella, con las rodillas y las caderas dobladas y la espalda recta, sacando a un bebé con las dos manos y manteniéndolo pegado al cuerpo.',
};
