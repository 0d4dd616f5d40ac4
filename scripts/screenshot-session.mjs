// What the screenshot scripts share: the working folder served on a free local port, and
// Debian's Chromium started the way this machine allows (see chromium.mjs).
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/** Starts both; `close()` stops them. */
export async function openScreenshotSession() {
  const server = await startDevServer({
    config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  return {
    port: server.server.address().port,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
