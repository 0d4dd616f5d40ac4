// Runs the unit tests in all three browsers. WebKit's MiniBrowser needs a display, and its
// driver must run inside the same virtual display as the test runner, so this script
// re-runs itself under `xvfb-run`, starts WebKitWebDriver, runs web-test-runner, and stops
// the driver.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const extraArgs = process.argv.slice(2).filter((a) => a !== '--inside-display');

if (!process.argv.includes('--inside-display')) {
  const child = spawn(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1280x1024x24',
      process.execPath,
      process.argv[1],
      '--inside-display',
      ...extraArgs,
    ],
    { stdio: 'inherit' },
  );
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const wantsWebKit = (process.env.BROWSERS ?? 'webkit').includes('webkit');
  let driver;
  const env = { ...process.env };
  if (wantsWebKit) {
    const port = await freePort();
    env.WEBKIT_DRIVER_PORT = String(port);
    driver = spawn('WebKitWebDriver', [`--port=${port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForPort(port);
  }
  const runner = spawn(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', ...extraArgs],
    {
      stdio: 'inherit',
      env,
    },
  );
  runner.on('exit', (code, signal) => {
    driver?.kill();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}
