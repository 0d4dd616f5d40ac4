// Unit tests in Chromium, Firefox and WebKit, all from Debian packages (see
// scripts/ensure-browsers.mjs). Run through `npm run test:browsers`, which starts the
// WebKit driver inside a virtual display first. BROWSERS=chromium,firefox limits the set.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { stylePolicy } from './scripts/static/style-policy.mjs';

/**
 * Whether the current session's browser is driven through the DevTools protocol. Only that
 * protocol can emulate media (print, reduced motion) and forced colours: Chromium runs
 * through it; Firefox runs through puppeteer over WebDriver BiDi, where puppeteer refuses
 * both, and WebKit through classic WebDriver, which has no emulation at all.
 */
function drivenByDevtools(session) {
  return (
    session.browser.type === 'puppeteer' &&
    session.browser.getPage(session.id).browser().protocol === 'cdp'
  );
}

/**
 * `executeServerCommand('emulation-support')` tells the page what its browser can emulate,
 * `{ media, forcedColors }`, so a test asks first and reports itself skipped where the
 * browser cannot, instead of sending a command that fails (with a stack trace here).
 * test/support/emulation.ts wraps it.
 */
function emulationSupportCommand() {
  return {
    name: 'emulation-support-command',
    executeCommand({ command, session }) {
      if (command !== 'emulation-support') return undefined;
      const devtools = drivenByDevtools(session);
      return { media: devtools, forcedColors: devtools };
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: the stock emulateMedia command
 * has no forced-colours option. Chromium can emulate it through the DevTools protocol; tests
 * ask `emulation-support` first and skip elsewhere.
 */
const devtoolsSessions = new WeakMap();

function forcedColorsCommand() {
  return {
    name: 'emulate-forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (!drivenByDevtools(session)) {
        throw new Error(`forced colours cannot be emulated in ${session.browser.name}`);
      }
      // puppeteer's own emulateMediaFeatures refuses this feature; the DevTools protocol
      // takes it (Chromium only).
      // The override lasts only as long as its protocol session, so keep one per page.
      const page = session.browser.getPage(session.id);
      if (!devtoolsSessions.has(page)) devtoolsSessions.set(page, await page.createCDPSession());
      await devtoolsSessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/** The full name of each test in a session's results that was skipped. */
function skippedTests(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...suite.tests.filter((test) => test.skipped).map((test) => [...here, test.name].join(' > ')),
    ...suite.suites.flatMap((child) => skippedTests(child, here)),
  ];
}

/**
 * Names every skipped test, with the browsers that skipped it, after the default report of
 * its file: a test that cannot run somewhere is seen as skipped, not only counted.
 */
function skippedReporter() {
  return {
    reportTestFileResults({ logger, sessionsForTestFile, testFile }) {
      const browsers = new Map();
      for (const session of sessionsForTestFile) {
        for (const name of skippedTests(session.testResults)) {
          browsers.set(name, [...(browsers.get(name) ?? []), session.browser.name]);
        }
      }
      for (const [name, names] of browsers) {
        logger.log(
          ` ⏭  ${relative(process.cwd(), testFile)}: ${name} (skipped on ${names.join(', ')})`,
        );
      }
    },
  };
}

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        // The new headless mode behaves like the browser readers use.
        args: [...chromiumArgs, '--headless=new'],
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    }),
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

// The strict policy a hospital page sends. Pages under test/pages/ named csp*.html get it as a
// response header, so the built files are tested exactly as such a host would load them.
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Serves the React test's apps, bundled with React and the built wrappers (dist/react.js):
 * test/react/app.bundle.js from test/react/app.tsx, and test/react/readme.bundle.js from the
 * README's React example as it is written there, so the README cannot show code that does
 * not work. React ships CommonJS, which the dev server cannot serve as a module, so esbuild
 * bundles it on request; nothing is written to disk.
 */
function reactTestApp() {
  const options = {
    bundle: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'package-self',
        setup(b) {
          // The app imports the package by its name, as a user's app would.
          b.onResolve({ filter: /^postpartum-backcare\/react$/ }, () => ({
            path: resolve('dist/react.js'),
          }));
        },
      },
    ],
  };
  /** The README's first tsx example (the wrappers), with a way for the test to mount it. */
  const readmeApp = () => {
    const example = /^```tsx\n([\s\S]*?)^```$/m.exec(readFileSync('README.md', 'utf8'))?.[1];
    if (!example) throw new Error('README.md has no tsx example');
    return `${example}
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
export const mount = (container) => {
  const root = createRoot(container);
  root.render(createElement(NewParents));
  return root;
};`;
  };
  return {
    name: 'react-test-app',
    async serve(context) {
      const entry =
        context.path === '/test/react/app.bundle.js'
          ? { entryPoints: ['test/react/app.tsx'] }
          : context.path === '/test/react/readme.bundle.js'
            ? {
                stdin: {
                  contents: readmeApp(),
                  resolveDir: 'test/react',
                  sourcefile: 'README.md',
                  loader: 'tsx',
                },
              }
            : undefined;
      if (!entry) return undefined;
      const result = await build({ ...options, ...entry });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  middleware: [
    async (context, next) => {
      if (/^\/test\/pages\/csp[^/]*\.html$/.test(context.path)) {
        // A page named csp-named-policy… also lists the Trusted Types policies it allows, as
        // a hospital's may: Lit's `lit-html`, and `?duplicates` adds 'allow-duplicates'.
        const named = context.path.includes('named-policy')
          ? `; trusted-types lit-html${context.query.duplicates === undefined ? '' : " 'allow-duplicates'"}`
          : '';
        context.set('Content-Security-Policy', strictPolicy + named);
      }
      // An exported page under the strict policy, as a hospital would serve it: `?csp=hashes`
      // with the style hashes `npm run export -- … --csp` prints, `?csp=strict` without them.
      const csp = context.query.csp;
      if (/^\/demo\/static\/[a-z-]+\.html$/.test(context.path) && csp) {
        const styles =
          csp === 'hashes' && (await stylePolicy(readFileSync(`.${context.path}`, 'utf8')));
        context.set(
          'Content-Security-Policy',
          styles ? strictPolicy.replace("style-src 'self'", styles) : strictPolicy,
        );
      }
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    reactTestApp(),
    emulationSupportCommand(),
    forcedColorsCommand(),
  ],
  reporters: [defaultReporter(), skippedReporter()],
  browsers: wanted.map((name) => {
    if (!launchers[name])
      throw new Error(`unknown browser "${name}"; use chromium, firefox, webkit`);
    return launchers[name]();
  }),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 120000,
};
