// `npm run profile [page]`: a CPU profile of one cold load in headless Chromium with the CPU
// 4× slower, summarised: time by file, and the functions that take the most time themselves.
// The page defaults to the bench's one-card page (run `npm run bench` once to write it).
import puppeteer from 'puppeteer-core';
import { startStaticServer } from './static-server.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { printTable } from './sizes.mjs';

const path = process.argv[2] ?? 'bench/.paint-card.html';
const { server, origin } = await startStaticServer();
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/${path}`);
  await page.waitForFunction(() => window.benchResult !== undefined, { timeout: 60000 });
  // The one-card pages give a time; the bench's widget pages give `{ ms, count }`.
  const result = await page.evaluate(() => window.benchResult);
  const painted = typeof result === 'number' ? result : result.ms;
  const { profile } = await cdp.send('Profiler.stop');

  // Self time per node, from the samples and their time deltas.
  const self = new Map();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFile = new Map();
  const byFunction = new Map();
  for (const node of profile.nodes) {
    const ms = (self.get(node.id) ?? 0) / 1000;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.replace(origin, '') : `(${functionName || 'native'})`;
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => [k, ms.toFixed(1)]);
  console.log(`${path}: painted at ${painted.toFixed(0)} ms (CPU 4× slower)\n`);
  printTable(['file', 'self ms'], top(byFile, 12));
  console.log('');
  printTable(['function', 'self ms'], top(byFunction, 20));
} finally {
  await browser.close();
  server.close();
}
