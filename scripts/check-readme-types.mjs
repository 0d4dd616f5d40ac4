// Compiles every ```ts and ```tsx example in README.md against the package's published types
// (dist/types, through the package's own name and `exports`), in strict mode, so an example
// that no longer type-checks fails `npm test`. test/types/ holds the cases that must fail.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Inside the package, so `import 'postpartum-backcare'` resolves to this package itself.
const dir = join('node_modules', '.cache', 'readme-types');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const readme = readFileSync('README.md', 'utf8');
const examples = [...readme.matchAll(/^```(tsx?)\n([\s\S]*?)^```$/gm)].map((m) => ({
  extension: m[1],
  code: m[2],
}));
if (examples.length === 0) throw new Error('README.md has no ```ts example to compile');
const files = examples.map(({ extension, code }, i) => {
  const file = join(dir, `example-${i + 1}.${extension}`);
  // Each example is its own module, as in a reader's project.
  writeFileSync(file, `${code}\nexport {};\n`);
  return file;
});
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      jsx: 'react-jsx',
      skipLibCheck: false,
      types: ['react'],
    },
    files: files.map((f) => f.slice(dir.length + 1)),
  }),
);
try {
  execFileSync(join('node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], {
    stdio: 'inherit',
  });
} catch {
  console.error('A TypeScript example in README.md does not compile (see above).');
  process.exit(1);
}
console.log(`README: ${examples.length} TypeScript example(s) compile against dist/types`);
