// The static export's Node API and command line (`npm run test:export`, with node:test): what
// it writes for good input, and the message it gives for bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ExportError, renderElement } from '../../scripts/static/render.mjs';

const rejects = (promise, message) =>
  assert.rejects(promise, (error) => {
    assert.ok(error instanceof ExportError, `an ExportError, not ${error}`);
    assert.match(error.message, message);
    return true;
  });

test('an element, in Spanish, with its shadow root declared', async () => {
  const html = await renderElement('backcare-feeding-guide', { lang: 'es' });
  assert.match(html, /^<backcare-feeding-guide\s+lang="es" rendered-static>/);
  assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>/);
  assert.match(html, /Posición de balón de fútbol americano/);
  assert.doesNotMatch(html, /Football hold/);
  assert.match(html, /<\/template><\/backcare-feeding-guide>$/);
});

const tags = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((m) => m.declarations ?? [])
  .map((d) => d.tagName)
  .filter(Boolean);

test('every element renders on the server, in each mode and language', async () => {
  assert.equal(tags.length, 7);
  for (const tag of tags) {
    const attributes = tag === 'backcare-exercise-card' ? { exercise: 'bridge' } : {};
    for (const mode of ['static', 'hydrate']) {
      for (const lang of ['en', 'es']) {
        const html = await renderElement(tag, { attributes, mode, lang });
        assert.ok(html.includes('<template shadowroot="open" shadowrootmode="open">'), tag);
        assert.match(html, /part="heading"/, `${tag} ${mode} ${lang}: its heading`);
        assert.match(html, /part="credit"/, `${tag} ${mode} ${lang}: its credit`);
      }
    }
  }
});

test('for a page that hydrates: no rendered-static, the interactive tabs', async () => {
  const html = await renderElement('backcare-feeding-guide', { mode: 'hydrate' });
  assert.ok(/^<backcare-feeding-guide\s+lang="en"><template/.test(html), html.slice(0, 80));
  assert.ok(html.includes('role="tablist"'), 'the tabs');
});

test('the routine without script: its plan, no buttons that would do nothing', async () => {
  const html = await renderElement('backcare-routine', {
    attributes: { exercises: 'bridge cat-cow' },
  });
  assert.ok(html.includes('>Bridge<') && html.includes('>Cat-cow<'), 'the plan');
  assert.ok(!html.includes('<button'), 'no buttons');
});

test('attribute text stays text', async () => {
  const html = await renderElement('backcare-warning-signs', {
    attributes: { 'reviewed-by': '"><script>alert(1)</script>', 'reviewed-on': '2026-10-05' },
  });
  assert.ok(
    html.includes('reviewed-by="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'),
    'escaped',
  );
  assert.ok(!html.includes('<script'), 'no script element');
  assert.ok(
    html.includes('Reviewed by &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; on'),
    'as text',
  );
});

test('an unknown element names the elements there are', () =>
  rejects(
    renderElement('backcare-nope'),
    /unknown element "backcare-nope"\. Elements: .*backcare-exercise-card/,
  ));

for (const value of ['constructor', '__proto__', 'jumping-jacks']) {
  test(`exercise="${value}" names the valid exercises`, () =>
    rejects(
      renderElement('backcare-exercise-card', { attributes: { exercise: value } }),
      new RegExp(
        `exercise="${value}" is not valid\\. Valid values: cat-cow, .*doorway-pec-stretch\\.`,
      ),
    ));
}

test('an attribute the element does not have, even "constructor", names those it has', () =>
  rejects(
    renderElement('backcare-exercise-card', { attributes: { constructor: 'x' } }),
    /has no attribute "constructor"\. Its attributes: exercise, compact, reps/,
  ));

test('a value the element would ignore is an error, in the element’s own words', () =>
  rejects(
    renderElement('backcare-exercise-card', { attributes: { exercise: 'bridge', reps: 'ten' } }),
    /reps="ten" is not valid, so it is ignored\. Use a whole number from 1 to 100\./,
  ));

test('a language without texts names the languages there are', () =>
  rejects(renderElement('backcare-why-it-hurts', { lang: 'fr' }), /"fr".*Available: en, es\./));

test('lists the script reads from the page cannot be exported', () =>
  rejects(
    renderElement('backcare-pt-checklist', { content: '<ul slot="items"><li>x</li></ul>' }),
    /slot="items" list is read by the script/,
  ));

test('the command line: one line for bad input, exit code 1, no stack', () => {
  const run = spawnSync(
    process.execPath,
    ['scripts/export.mjs', 'backcare-exercise-card', 'exercise=__proto__'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /^export: <backcare-exercise-card>: exercise="__proto__" is not valid/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});

test('--csp prints the style-src a strict policy needs, one hash per distinct style', () => {
  const run = spawnSync(
    process.execPath,
    ['scripts/export.mjs', 'backcare-pt-checklist', '--page', '--csp'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const directive =
    /^export: a strict policy needs (style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+)$/m.exec(
      run.stderr,
    )?.[1];
  assert.ok(directive, run.stderr);
  // The page's own style, the checklist's and the warning signs' inside it.
  assert.equal(directive.split(' ').length, 2 + 3);
  // What the page holds, so stdout is the page alone.
  assert.match(run.stdout, /^<!doctype html>/);
  const styles = [...run.stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length >= 3);
  for (const css of styles) {
    const hash = createHash('sha256').update(css).digest('base64');
    assert.ok(directive.includes(`'sha256-${hash}'`), 'each style is named');
  }
});

test("the README's export example writes the widget demo/static/exercise-card.html shows", () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = /^npm run export -- (backcare-exercise-card[^>\n]*?)\s*>/m.exec(readme)?.[1];
  assert.ok(example, "the README's first export command");
  const run = spawnSync(process.execPath, ['scripts/export.mjs', ...example.split(/\s+/)], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const page = readFileSync('demo/static/exercise-card.html', 'utf8');
  assert.ok(page.includes(run.stdout.trim()), 'the same widget, byte for byte');
});

test("the README's hydration snippet loads what demo/static/routine.html loads, in order", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('**Hydration: the content first'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const page = readFileSync('demo/static/routine.html', 'utf8');
  const scripts = (html) =>
    [...html.matchAll(/<script[^>]*src="[^"]*\bdist\/([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(scripts(snippet), scripts(page), 'the same scripts, hydration support first');
  assert.match(snippet, /<backcare-routine exercises="cat-cow bridge">/);
  assert.match(page, /<backcare-routine\s[^>]*exercises="cat-cow bridge"/);
});

test('a page that hydrates preloads the chunks its widget will load, before the scripts', () => {
  const page = (...args) => {
    const run = spawnSync(process.execPath, ['scripts/export.mjs', ...args], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };
  const lines = (html) =>
    [...html.matchAll(/<link rel="modulepreload" href="dist\/([^"]+)"/g)].map((m) => m[1]);
  const routine = page('backcare-routine', '--mode', 'hydrate', '--page', '--lang', 'es-MX');
  assert.deepEqual(lines(routine).sort(), [
    'chunks/backcare/locale-es.js',
    'chunks/backcare/session.js',
    'chunks/exported.js',
  ]);
  assert.ok(routine.lastIndexOf('modulepreload') < routine.indexOf('<script'));
  // An English card needs only the export's first render; a page without script, nothing.
  assert.deepEqual(
    lines(page('backcare-exercise-card', 'exercise=bridge', '--mode', 'hydrate', '--page')),
    ['chunks/exported.js'],
  );
  assert.deepEqual(lines(page('backcare-exercise-card', 'exercise=bridge', '--page')), []);
});
