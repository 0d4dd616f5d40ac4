// The embed builder: the widgets, their attributes and the values a closed-set attribute
// takes come from custom-elements.json. Each widget's entry is one file: one script tag,
// plus a preload line for each lazy chunk the widget will ask for (dist/preload.json): its
// language's texts, the routine's session. Every change redraws the preview and rewrites the
// snippet, so what is copied is what is shown. A widget can also come already drawn in the
// snippet's HTML, rendered here as `npm run export -- … --mode hydrate` renders it.
import { filesToPreload, preloadLinks } from '../scripts/preload.mjs';
import { reservationRules } from '../scripts/reservation.mjs';
import { stylePolicy } from '../scripts/static/style-policy.mjs';

const [manifest, preload, reservations, { version }] = await Promise.all([
  fetch('../custom-elements.json').then((r) => r.json()),
  fetch('../dist/preload.json').then((r) => r.json()),
  fetch('../dist/backcare.css').then((r) => r.text()),
  import('../dist/backcare.js'),
]);

// The languages the widgets speak (src/locales/index.ts); empty follows the host page.
const languages = { '': 'The page’s language', en: 'English', es: 'Español' };
// Attributes a widget cannot do without: the builder picks a value from the start.
const required = { 'backcare-exercise-card': ['exercise'] };
// Attributes the embedder writes by hand, not chosen here.
const skipped = new Set(['storage-key']);

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const $ = (id) => document.getElementById(id);
const form = $('options');

/** The values an attribute accepts, if they are a closed set (from the parsed type). */
function choicesOf(attribute) {
  if (attribute.name === 'heading-level') return ['1', '2', '3', '4', '5', '6'];
  const text = attribute.parsedType?.text ?? attribute.type?.text ?? '';
  const quoted = [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  return quoted.length ? quoted : undefined;
}

function field(tag, attribute) {
  const id = `attr-${attribute.name}`;
  const row = document.createElement('p');
  const label = Object.assign(document.createElement('label'), {
    htmlFor: id,
    textContent: attribute.name,
  });
  const hint = Object.assign(document.createElement('span'), {
    className: 'hint',
    id: `${id}-hint`,
    // The manifest's descriptions are Markdown: show them without the code marks.
    textContent: (attribute.description ?? '').replace(/`/g, ''),
  });
  let input;
  const choices = choicesOf(attribute);
  if (attribute.type?.text === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox' });
    label.className = 'inline';
    label.prepend(input, ' ');
  } else if (choices) {
    input = document.createElement('select');
    const isRequired = required[tag]?.includes(attribute.name);
    for (const value of isRequired ? choices : ['', ...choices]) {
      input.append(new Option(value || '(not set)', value));
    }
  } else {
    input = Object.assign(document.createElement('input'), { type: 'text' });
  }
  Object.assign(input, { id, name: attribute.name });
  input.dataset.attribute = attribute.name;
  input.setAttribute('aria-describedby', hint.id);
  if (attribute.type?.text === 'boolean') row.append(label, hint);
  else row.append(label, input, hint);
  return row;
}

function showAttributes() {
  const declaration = elements.find((d) => d.tagName === form.element.value);
  const language = document.createElement('p');
  const select = Object.assign(document.createElement('select'), { id: 'attr-lang', name: 'lang' });
  select.dataset.attribute = 'lang';
  for (const [value, name] of Object.entries(languages)) select.append(new Option(name, value));
  language.append(
    Object.assign(document.createElement('label'), {
      htmlFor: 'attr-lang',
      textContent: 'Language',
    }),
    select,
  );
  const attributes = (declaration.attributes ?? []).filter((a) => !skipped.has(a.name));
  $('attributes').replaceChildren(
    language,
    ...attributes.map((a) => field(declaration.tagName, a)),
  );
}

/** The chosen attributes, in form order, leaving out what is not set. */
function chosen() {
  return [...$('attributes').querySelectorAll('[data-attribute]')].flatMap((input) => {
    if (input.type === 'checkbox') return input.checked ? [[input.dataset.attribute, '']] : [];
    const value = input.value.trim();
    return value ? [[input.dataset.attribute, value]] : [];
  });
}

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where the snippet loads from: the dist/ folder's URL, and the widget's entry in it. */
function source(tag) {
  const base =
    form.host.value === 'cdn'
      ? `https://cdn.jsdelivr.net/npm/postpartum-backcare@${version}/dist/`
      : form['own-path'].value.trim().replace(/\/?$/, '/');
  // One kind of widget on the page: its own file. Several kinds: one file for all of them.
  const entry =
    form.entry.value === 'all' ? 'backcare.js' : `elements/${tag.replace(/^backcare-/, '')}.js`;
  return { base, entry };
}

/**
 * With no language chosen the widget follows the page, which the builder cannot see: the
 * preload line for each language the widget can load, for the embedder to add on such a page.
 */
function pageLanguageLines(tag) {
  const { base, entry } = source(tag);
  const languages = preload[entry].flatMap(({ when }) => when.lang ?? []);
  return languages.map((lang) => {
    const files = filesToPreload(preload, entry, { languages: [lang] });
    return `lang="${lang}": ${preloadLinks(files, base).join(' ')}`;
  });
}

/** The lines that load the widget: preload lines, then the scripts, in the order they run. */
function scriptLines(tag, { lang, drawnInHtml }) {
  const { base, entry } = source(tag);
  const lazy = filesToPreload(preload, entry, {
    tags: [tag],
    languages: lang ? [lang] : [],
    exported: drawnInHtml,
  });
  // A widget drawn in the HTML is brought to life by Lit's hydration, which must load first.
  const scripts = drawnInHtml ? ['hydrate.js', entry] : [entry];
  return [
    ...preloadLinks(lazy, base),
    ...scripts.map((file) => `<script type="module" src="${base}${file}"></script>`),
  ];
}

/**
 * The snippet's own styles: for a widget the script draws, the rules of dist/backcare.css
 * that hold its place until then (a post has no stylesheet to link; without them the widget
 * pushes the text below it down as it appears); then the accent colour, if chosen.
 */
function styleLines(tag, attributes, { drawnInHtml }) {
  const rules = drawnInHtml ? [] : reservationRules(reservations, tag, attributes);
  if (form['use-accent'].checked) {
    rules.push(`${tag} {\n  --backcare-accent: ${form.accent.value};\n}`);
  }
  if (!rules.length) return [];
  return [
    '<style>',
    ...rules
      .join('\n')
      .split('\n')
      .map((line) => `  ${line}`),
    '</style>',
  ];
}

const languageOf = (attributes) => attributes.find(([name]) => name === 'lang')?.[1];

/** The snippet for a widget the script draws: its tag holds a fallback line of text. */
function snippet(tag, attributes, fallback) {
  const attrs = attributes.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escape(v)}"`)).join('');
  return [
    ...scriptLines(tag, { lang: languageOf(attributes), drawnInHtml: false }),
    ...styleLines(tag, attributes, { drawnInHtml: false }),
    `<${tag}${attrs}>`,
    `  <p>${escape(fallback)}</p>`,
    `</${tag}>`,
  ].join('\n');
}

/** The snippet for a widget already drawn in the HTML (`rendered`, from the worker). */
function drawnSnippet(tag, attributes, rendered) {
  const lang = languageOf(attributes) ?? 'en';
  return [
    ...scriptLines(tag, { lang, drawnInHtml: true }),
    ...styleLines(tag, attributes, { drawnInHtml: true }),
    rendered,
  ].join('\n');
}

/**
 * The static export's rendering, for a page that loads the script (`--mode hydrate`), done
 * by demo/prerender/worker.js: resolves with `{ html }`, or `{ error }` saying what is wrong.
 * The worker starts when first needed; if it cannot start, the requests waiting get that error.
 */
let worker;
let asked = 0;
const pending = new Map();
function prerender(tag, attributes) {
  if (!worker) {
    worker = new Worker(new URL('./prerender/worker.js', import.meta.url), { type: 'module' });
    // The attributes each widget documents, once: a worker's messages arrive in order.
    worker.postMessage({ manifest });
    worker.addEventListener('message', ({ data }) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    });
    worker.addEventListener('error', () => {
      for (const answer of pending.values()) {
        answer({
          error: 'this browser could not start the drawing. Choose “Drawn by the script”.',
        });
      }
      pending.clear();
      // The next request tries a new worker, and says the same if that one fails too.
      worker = undefined;
    });
  }
  const id = ++asked;
  const options = {
    // A ticked box is an attribute with no value: `true` to the export.
    attributes: Object.fromEntries(
      attributes.filter(([name]) => name !== 'lang').map(([name, v]) => [name, v === '' || v]),
    ),
    lang: languageOf(attributes) ?? 'en',
    mode: 'hydrate',
  };
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, tag, options });
  });
}

/** Shows the snippet (with the policy its styles need, if any), or, when there is none, why. */
function showSnippet(text, problem, policy) {
  $('csp-hint').hidden = !policy;
  $('csp-line').textContent = policy ?? '';
  $('snippet').textContent = text;
  $('snippet-box').hidden = Boolean(problem);
  $('snippet-problem').hidden = !problem;
  $('snippet-problem').textContent = problem ? `No snippet yet: ${problem}` : '';
  $('copy').disabled = Boolean(problem);
}

let drawn = 0;
async function update() {
  const turn = ++drawn;
  const tag = form.element.value;
  const attributes = chosen();
  $('own-path-row').hidden = form.host.value !== 'own';
  const el = document.createElement(tag);
  for (const [name, value] of attributes) el.setAttribute(name, value);
  if (form['use-accent'].checked) el.style.setProperty('--backcare-accent', form.accent.value);
  $('preview').replaceChildren(el);
  // The fallback is the widget's own heading in the chosen language, once it is drawn.
  await customElements.whenDefined(tag);
  let heading;
  for (let i = 0; i < 60 && turn === drawn; i++) {
    await el.updateComplete;
    heading = el.shadowRoot?.querySelector('[part~="heading"]');
    if (heading) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (turn !== drawn) return;
  const drawnInHtml = form.drawn.value === 'html';
  if (drawnInHtml) {
    const { html, error } = await prerender(tag, attributes);
    const text = html ? drawnSnippet(tag, attributes, html) : '';
    // Every <style> the snippet holds, the accent colour's too, for a strict policy.
    const policy = html && (await stylePolicy(text));
    if (turn !== drawn) return;
    showSnippet(text, error, policy);
  } else {
    const fallback = heading?.textContent.replace(/\s+/g, ' ').trim() || tag;
    showSnippet(snippet(tag, attributes, fallback));
  }
  // A widget drawn in the HTML carries its language; one drawn by the script may follow the page.
  const followsPage = !drawnInHtml && !languageOf(attributes);
  $('page-language-hint').hidden = !followsPage;
  $('page-language-lines').textContent = followsPage ? pageLanguageLines(tag).join('\n') : '';
  document.body.dataset.ready = String(drawn);
}

for (const d of elements)
  // What it is first, in words a blogger knows; the tag after it for the developer.
  form.element.append(new Option(d.summary ? `${d.summary} <${d.tagName}>` : d.tagName, d.tagName));
form.element.addEventListener('change', () => {
  showAttributes();
  update();
});
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

$('copy').addEventListener('click', async () => {
  const text = $('snippet').textContent;
  try {
    await navigator.clipboard.writeText(text);
    $('copy-status').textContent = 'Copied. Paste it into your page.';
  } catch {
    // Clipboard access can be refused (insecure page, permissions): select the text instead.
    getSelection().selectAllChildren($('snippet'));
    $('copy-status').textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

showAttributes();
update();
