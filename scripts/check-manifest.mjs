// Checks that custom-elements.json is valid and complete, as tools read it (editors, JSX
// types, documentation sites), with @wc-toolkit/cem-validator: package.json names it and
// ships it, every element has a tag, and every module path, definition and type
// declaration it points to exists. Exits non-zero on any problem.
import { readFileSync } from 'node:fs';
import { validateCem } from '@wc-toolkit/cem-validator';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
try {
  await validateCem(manifest, {
    packageJsonPath: './package.json',
    cemFileName: 'custom-elements.json',
    // The abstract base class is documented (its attributes, slots and parts are inherited)
    // but never registered, so it has no tag of its own.
    exclude: ['BackcareElement'],
    rules: {
      // The analyzer (its latest release) writes schema 1.0.0; the file is its output, so
      // the version is not rewritten by hand.
      manifest: { schemaVersion: 'off' },
    },
  });
} catch (error) {
  console.error(`check-manifest: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .map((d) => d.tagName);
console.log(`check-manifest: custom-elements.json is valid (${tags.length} elements)`);
