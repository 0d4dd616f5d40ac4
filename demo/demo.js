// Puts the exact markup of each live example under it as a snippet with a copy button, so
// the snippet can never drift from what the page shows.
for (const example of document.querySelectorAll('[data-examples] .example')) {
  const live = example.querySelector('.example-live');
  const markup = dedent(live.innerHTML);
  const figure = document.createElement('div');
  figure.className = 'example-snippet';
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = markup;
  pre.append(code);
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Copy snippet';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(markup);
      button.textContent = 'Copied';
    } catch {
      // Clipboard access can be refused (insecure page, permissions): select the text instead.
      getSelection().selectAllChildren(code);
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy snippet'), 2000);
  });
  figure.append(pre, button);
  example.append(figure);
}

function dedent(text) {
  const lines = text.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

// The language switch flips the whole page: the widgets follow <html lang> by themselves;
// the demo's own headings come from this small table.
const pageText = {
  es: {
    title: 'Cuidado de la espalda después del parto, listo para pegar en su página',
    lede: 'Consejos de fisioterapeutas sobre el dolor de espalda después del parto para páginas de clínicas, blogs e instrucciones de alta del hospital: tarjetas de ejercicios, posiciones para alimentar al bebé, consejos para levantarlo, por qué duele y cuándo ver a un fisioterapeuta. Una etiqueta de script, sin compilación, sin rastreo.',
    cards: 'Los seis ejercicios',
    cardsIntro:
      'Cada tarjeta usa la letra de la página y el modo claro u oscuro del lector. Copie el código debajo de una tarjeta para ponerla en su página.',
    why: 'Por qué duele',
    whyIntro: 'Se lee en un minuto y termina con esperanza.',
    feeding: 'Posiciones para alimentar al bebé',
    feedingIntro: 'Posiciones que quitan presión a la espalda, para amamantar o dar el biberón.',
    lifting: 'Levantar y cargar al bebé',
    liftingIntro: 'Qué hacer y qué no en los momentos que más duelen.',
    checklist: 'Cuándo ver a un fisioterapeuta',
    checklistIntro: 'Marque lo que le pasa y vea el siguiente paso.',
    warning: 'Señales de alarma',
    warningIntro:
      'Las señales después del parto que necesitan atención médica ya, y qué hacer. Ponga su propio número en el espacio <code>emergency</code>.',
    dark: 'Páginas oscuras',
    layout: 'Estrecho y ancho',
    typo: 'Un error en el código',
    builder: 'Cree su propio código: elija un widget y sus opciones',
  },
};
const original = new Map(
  [...document.querySelectorAll('[data-i18n]')].map((el) => [el, el.innerHTML]),
);

function showLanguage(lang) {
  document.documentElement.lang = lang;
  for (const [el, html] of original) {
    const text = pageText[lang]?.[el.dataset.i18n];
    if (text) el.textContent = text;
    else el.innerHTML = html;
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    showLanguage(button.dataset.lang);
    history.replaceState(
      null,
      '',
      button.dataset.lang === 'en' ? location.pathname : `?lang=${button.dataset.lang}`,
    );
  });
}
const requested = new URLSearchParams(location.search).get('lang');
if (requested && requested !== 'en') showLanguage(requested);
