// Checks the package as a user installs it: packs it (`npm pack`), installs the tarball into
// a throwaway project outside the repository, and compiles a small TypeScript file that uses
// every public entry point (the bundle, one element, the React wrappers, the JSX types)
// against the installed types. Fails if the tarball holds files a user does not need (tests,
// demo, sources, source maps) or lacks one that package.json names. Prints the sizes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const problems = [];
const work = mkdtempSync(join(tmpdir(), 'backcare-package-'));
try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], '.'));
  const files = packed.files.map((f) => f.path);
  const unwanted = files.filter((f) => /^(test|demo|src|scripts|bench)\/|\.map$/.test(f));
  if (unwanted.length) problems.push(`the tarball holds files users do not need: ${unwanted}`);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const named = [pkg['web-types'], pkg.customElements, pkg.main, pkg.types].map((p) =>
    p.replace(/^\.\//, ''),
  );
  for (const name of named) {
    if (!files.includes(name)) problems.push(`package.json names ${name}, not in the tarball`);
  }

  // A user's project: install the tarball (and React's types, for the wrappers).
  const app = join(work, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true }));
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      resolve(work, packed.filename),
      `@types/react@${JSON.parse(readFileSync('node_modules/@types/react/package.json', 'utf8')).version}`,
    ],
    app,
  );
  writeFileSync(
    join(app, 'use.tsx'),
    `import 'postpartum-backcare';
import { BackcareExerciseCard, type ExerciseId } from 'postpartum-backcare/elements/exercise-card.js';
import { PtChecklist } from 'postpartum-backcare/react';
import type { CustomElements } from 'postpartum-backcare/jsx';

const id: ExerciseId = 'bridge';
const card: BackcareExerciseCard = document.createElement('backcare-exercise-card');
card.exercise = id;
export const checklist = <PtChecklist onChecklistChange={(e) => console.log(e.detail.level)} />;
export type Tags = keyof CustomElements;
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // The package's own declarations are checked too, as in a project that checks libraries.
        skipLibCheck: false,
        types: [],
      },
      files: ['use.tsx'],
    }),
  );
  try {
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', app], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    problems.push(`a user's TypeScript file does not compile:\n${error.stdout}`);
  }
  const tarball = statSync(join(work, packed.filename)).size;
  console.log(
    `check-package: ${packed.filename}: ${files.length} files, ${tarball.toLocaleString('en')} B packed, ${packed.unpackedSize.toLocaleString('en')} B unpacked`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`check-package:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('check-package: installs and type-checks as a user would use it');
