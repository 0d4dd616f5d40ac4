import type { WhyItHurtsText } from '../../why-it-hurts/texts.js';

export const whyItHurts: WhyItHurtsText = {
  heading: '¿Por qué me duele la espalda después de tener un bebé?',
  intro: 'Hay buenas razones. En esta etapa, muchas cosas le juegan en contra a su espalda:',
  causes: {
    relaxin: {
      title: 'Una hormona del embarazo le aflojó el cuerpo.',
      text: 'Su cuerpo produjo una hormona llamada relaxina. Afloja las articulaciones y los ligamentos (las bandas firmes que unen los huesos) para hacerle espacio a su bebé y para que la pelvis se pueda mover en el parto. Pero no los afloja solo ahí, sino en todo el cuerpo.',
    },
    'weak-abdominals': {
      title: 'Los músculos del abdomen están agotados.',
      text: 'Sostuvieron la barriga del embarazo durante nueve meses, y eso puede dejarlos débiles. Estos músculos ayudan a sostener la espalda.',
    },
    'carrying-bending': {
      title: 'Se pasa el día cargando y levantando.',
      text: 'Lleva a su bebé a todas partes y se inclina sobre la cuna o el moisés para levantarlo.',
    },
    feeding: {
      title: 'Al alimentar a su bebé, se encorva.',
      text: 'Mientras alimenta a su bebé o le ayuda a prenderse al pecho, es fácil encorvarse hacia delante. Como pasa muchas veces al día, la espalda lo resiente.',
    },
  },
  hopeHeading: 'La buena noticia',
  hope: 'Esto es común. Con todo lo que está pasando, lo raro sería que no le doliera la espalda. Pero no tiene que aguantarlo. Los fisioterapeutas recomiendan fortalecer y estirar con regularidad los músculos de la espalda y del abdomen. También recomiendan pequeños cambios en la forma de sostener, cargar y levantar a su bebé. Si lo hace con constancia, la mayoría de los dolores del día a día se alivian o desaparecen.',
  linksHeading: 'Por dónde empezar',
  illustrationAlt:
    'Una madre o un padre visto de frente, de pie y con la espalda recta, que sostiene a un bebé erguido contra el centro del pecho, como en una mochila portabebés. La cabeza del bebé queda justo debajo del mentón del adulto, con las piernas dobladas hacia los lados, y el adulto tiene una mano a cada lado de la espalda del bebé.',
};
