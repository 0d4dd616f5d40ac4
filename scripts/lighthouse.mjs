// Lighthouse's accessibility and best-practices audits of the demo pages, for
// `npm run bench`. Lighthouse is not a dependency (its own dependencies move under a lock
// file); `npx` fetches the pinned release, 12.8.2, the last that runs on Node 20, and it
// drives Debian's Chromium through CHROME_PATH, so no browser is downloaded.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const run = promisify(execFile);
export const lighthousePages = ['demo/index.html', 'demo/discharge.html', 'demo/builder.html'];

/** Scores (0–100) and failing audits of each page served at `origin`. */
export async function lighthouseScores(origin) {
  const rows = [];
  for (const path of lighthousePages) {
    const { stdout } = await run(
      'npx',
      [
        '--yes',
        'lighthouse@12.8.2',
        `${origin}/${path}`,
        '--output=json',
        '--quiet',
        '--only-categories=accessibility,best-practices',
        '--preset=desktop',
        '--throttling-method=provided',
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(stdout);
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push({
      path,
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      failing,
    });
  }
  return rows;
}
