// Fails when the committed dist/, custom-elements.json or the README's Theming table differ
// from a fresh build of src/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { backcareEntry, loadElements } from './registry.mjs';
import { reactEntry, reactSourcePath } from './react.mjs';
import { tokensEnd, tokensStart } from './docs.mjs';

const scratch = mkdtempSync(join('node_modules', '.fresh-build-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', scratch], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const files = (dir) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => relative(dir, join(e.parentPath, e.name)))
          .sort()
      : [];
  const problems = [];
  // dist/, the static export's example pages and the builder's worker, file by file.
  let freshCount = 0;
  for (const dir of ['dist', 'demo/static', 'demo/prerender']) {
    const committed = new Set(files(dir));
    const fresh = new Set(files(join(scratch, dir)));
    freshCount += fresh.size;
    for (const f of fresh) {
      if (!committed.has(f)) problems.push(`${dir}/${f} is missing`);
      else if (!readFileSync(join(dir, f)).equals(readFileSync(join(scratch, dir, f))))
        problems.push(`${dir}/${f} differs`);
    }
    for (const f of committed)
      if (!fresh.has(f)) problems.push(`${dir}/${f} is not produced by the build`);
  }
  if (
    !existsSync('custom-elements.json') ||
    !readFileSync('custom-elements.json').equals(
      readFileSync(join(scratch, 'custom-elements.json')),
    )
  ) {
    problems.push('custom-elements.json differs');
  }
  // The build copies the README with only its Theming table regenerated, so any difference
  // is in that table.
  if (!readFileSync('README.md').equals(readFileSync(join(scratch, 'README.md')))) {
    problems.push(
      `README.md's Theming table (between ${tokensStart} and ${tokensEnd}) differs from src/shared/tokens.ts`,
    );
  }

  const elements = await loadElements();
  if (readFileSync('src/backcare.ts', 'utf8') !== backcareEntry(elements)) {
    problems.push('src/backcare.ts differs from the one generated from src/registry.ts');
  }
  const freshManifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
  if (readFileSync(reactSourcePath, 'utf8') !== (await reactEntry(freshManifest))) {
    problems.push(`${reactSourcePath} differs from the one generated from the manifest`);
  }
  // An element folder the registry does not list would be built, tested and sized by nothing.
  const registered = new Set(elements.map((e) => e.folder));
  for (const entry of readdirSync('src', { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join('src', entry.name, 'define.ts'))) {
      if (!registered.has(entry.name))
        problems.push(`src/${entry.name}/ is not in src/registry.ts`);
    }
  }

  if (problems.length) {
    console.error(
      `The committed build is stale:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/, demo/static/, demo/prerender/, custom-elements.json and README.md.`,
    );
    process.exit(1);
  }
  console.log(
    `build is fresh: ${freshCount} files in dist/, demo/static/ and demo/prerender/, custom-elements.json and the README's Theming table match a new build`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
