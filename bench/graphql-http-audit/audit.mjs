// GraphQL-over-HTTP conformance audit (graphql-http's serverAudits) against a running server.
// Usage: node audit.mjs [URL]   (default http://localhost:8080/graphql)
// Prints one line per audit and a summary per level; exits 1 when a MUST or SHOULD audit fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';
const results = await auditServer({ url });
const counts = {};
let failed = 0;
for (const r of results) {
  const level = r.name.split(' ')[0];
  counts[level] ??= { ok: 0, warn: 0, error: 0 };
  counts[level][r.status] += 1;
  const line = `${r.status.padEnd(5)} ${r.name}`;
  console.log(r.status === 'ok' ? line : `${line}\n      ${r.reason}`);
  if (r.status !== 'ok' && (level === 'MUST' || level === 'SHOULD')) failed += 1;
}
for (const [level, c] of Object.entries(counts)) {
  console.log(`${level}: ${c.ok} ok, ${c.warn} warn, ${c.error} error`);
}
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
