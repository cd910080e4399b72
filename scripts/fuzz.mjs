// Long fuzz runs of the language server (the bounded one runs in `npm test`, test/fuzz/fuzz.test.ts).
// Drives dist/server.js over stdio with seeded random edits and requests, checks diagnostics against a
// fresh server at checkpoints, and prints a summary table; exits 1 if it found anything not known.
//
//   npm run fuzz -- --edits 10000 --tasks 5000 --seed 7 [--checkpoint 250] [--flood-check 10]
//                   [--requests 0.6] [--waits 0.2] [--known]
//   --requests: mean requests per edit; --waits: share of edits after which it waits for the answers;
//   --known: exercise the known open issues too (diagnostics floods, hostile xproj/ganttEdit params).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const number = (name, fallback) => {
  const value = Number(option(name, fallback));
  if (!Number.isFinite(value) || value < 0) {
    console.error(`fuzz: --${name} must be a non-negative number`);
    process.exit(2);
  }
  return value;
};

const options = {
  edits: number('edits', 1000),
  tasks: number('tasks', 500),
  seed: number('seed', Date.now() % 1_000_000),
  checkpointEvery: number('checkpoint', 250),
  floodCheckEvery: number('flood-check', 10),
  requestsPerEdit: number('requests', 0.6),
  waitShare: number('waits', 0.2),
  avoidKnown: !process.argv.includes('--known'),
};

register();
const require = createRequire(import.meta.url);
const { runFuzz, reproduce } = require('../test/fuzz/driver.ts');
const { formatSummary } = require('../test/fuzz/summary.ts');

console.log(`fuzz: ${JSON.stringify(options)}`);
const report = await runFuzz({ ...options, log: (line) => console.log(`  ${line}`) });
console.log(`\n${formatSummary(report)}\n`);
const unknown = report.findings.filter((f) => !f.known);
for (const finding of report.findings) {
  console.log(`${finding.known ? 'known' : 'NEW  '} ${finding.kind} at edit ${finding.edit}: ${finding.detail}`);
  if (!finding.known) {
    console.log(`      reproduce: ${reproduce(options, finding)}`);
  }
}
process.exit(unknown.length > 0 ? 1 : 0);
