// Each language's texts, cut to what one entry shows. src/locales/LANG/index.ts gathers every
// element's part of a language (the tests, the types and the static export use it whole);
// built into an element's own file, it would make a Spanish card fetch the feeding guide's
// and the checklist's Spanish too. In each entry's build, this plugin puts in its place a
// module holding only the parts the entry's elements show (the registry's texts for each)
// and `common`; a language's `meta`, its notes for a reviewer, is never shown.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const languageIndex = /\/src\/locales\/([a-z]{2,3})\/index\.ts$/;
const prefix = '\0language-parts:';

/** The id the cut module goes by: its language and the path of the language's own index. */
const cutId = (language, index) => `${prefix}${language}:${index}`;

/**
 * The language's part modules, by part name, as its index imports them: one line each,
 * `import { part, … } from './file.js';`.
 */
function partModules(index) {
  const source = readFileSync(index, 'utf8');
  const modules = new Map();
  for (const [, names, from] of source.matchAll(/^import \{([^}]+)\} from '(\.\/[^']+)';$/gm)) {
    for (const name of names.split(',').map((n) => n.trim())) {
      modules.set(name, join(dirname(index), from.replace(/\.js$/, '.ts')));
    }
  }
  return modules;
}

/**
 * The plugin for one entry's build: `parts` are the part names its elements show. A part the
 * language's index does not import fails the build, rather than ship an element that would
 * quietly fall back to English.
 */
export function languageParts(parts) {
  const wanted = ['common', ...parts];
  return {
    name: 'language-parts',
    async resolveId(source, importer, options) {
      if (!importer?.endsWith('/src/locales/index.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const language = resolved && languageIndex.exec(resolved.id)?.[1];
      return language ? cutId(language, resolved.id) : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const [language, index] = id.slice(prefix.length).split(/:(.*)/);
      const modules = partModules(index);
      const missing = wanted.filter((part) => !modules.has(part));
      if (missing.length) {
        throw new Error(`${index} does not import the part(s) ${missing.join(', ')}`);
      }
      const imports = wanted.map(
        (part) => `import { ${part} } from ${JSON.stringify(modules.get(part))};`,
      );
      return `${imports.join('\n')}\nexport default { lang: '${language}', ${wanted.join(', ')} };\n`;
    },
  };
}
