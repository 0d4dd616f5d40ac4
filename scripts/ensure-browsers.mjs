// Makes sure the test browsers are installed. Missing ones are installed with apt when that
// is possible (root on Debian or Ubuntu); otherwise the run stops at once with the exact
// command to type. A browser is never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { browsers } from './browsers.mjs';

const missing = browsers.filter((b) => !existsSync(b.binary));
if (missing.length === 0) {
  console.log(`browsers: ${browsers.map((b) => b.name).join(', ')} installed`);
  process.exit(0);
}

const packages = [...new Set(missing.flatMap((b) => b.packages))];
const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
const debianLike = /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(osRelease);
const isRoot = process.getuid?.() === 0;

if (!debianLike || !isRoot) {
  console.error(
    `The tests need ${missing.map((b) => b.name).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
      (debianLike
        ? `Install with:\n  sudo sh -c '${command}'`
        : `Install the Debian/Ubuntu packages ${packages.join(', ')} or their equivalents (see README, "Tests").`),
  );
  process.exit(1);
}

console.log(`browsers: installing ${packages.join(', ')} with apt`);
execFileSync('sh', ['-c', command], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
const stillMissing = browsers.filter((b) => !existsSync(b.binary));
if (stillMissing.length) {
  console.error(`still missing after apt: ${stillMissing.map((b) => b.binary).join(', ')}`);
  process.exit(1);
}
