// The size check: raw, gzip and brotli bytes of every dist entry with everything it imports,
// and of each lazily loaded locale chunk. Exits non-zero when one is over its budget.
import { measure, printTable } from './sizes.mjs';

const rows = measure();
const over = rows.filter((r) => r.brotli > r.budget);
printTable(
  ['entry (with all it imports)', 'files', 'raw B', 'gzip B', 'brotli B', 'budget B', ''],
  rows.map((r) => [
    r.name,
    r.files,
    r.raw,
    r.gzip,
    r.brotli,
    r.budget,
    r.brotli > r.budget ? 'OVER BUDGET' : 'ok',
  ]),
);
if (over.length) {
  console.error(`size check: ${over.map((r) => r.name).join(', ')} over budget`);
  process.exit(1);
}
console.log('size check: every entry within budget');
