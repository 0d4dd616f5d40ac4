// Serves the demo (demo/index.html) and dist/ on http://localhost:8000, as a static host or
// CDN would. PORT=1234 picks another port.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, open: false, appIndex: undefined },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
