// Runs the `*.test.ts` files under test/ with Node's test runner (TypeScript through tsx).
//
//   node scripts/runTests.mjs [FILES or FOLDERS...]   every test file, each in its own process (the
//                                                     full gate, `npm run test:unit`); then, with no
//                                                     arguments, the core's tests (test/service) again
//                                                     on the path large plans take (XPROJ_TEST_CHUNKED,
//                                                     see test/helpers/plan.ts).
//   node scripts/runTests.mjs --fast                  the core's unit tests (test/service, test/common)
//                                                     for the inner loop: one process per CPU, each
//                                                     loading its share of the files once (`npm run test:fast`).
//
// Node 20's `--test` does not expand globs, so the files are listed here.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') {
        out.push(...find(p));
      }
    } else if (name.endsWith('.test.ts')) {
      out.push(p);
    }
  }
  return out;
}

const filesUnder = (roots) => roots.flatMap((r) => (statSync(r).isDirectory() ? find(r) : [r])).sort();

function runIsolated(list, env = {}) {
  return (
    spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...list], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    }).status ?? 1
  );
}

/** Splits files into `n` shards of about equal size, biggest first. */
function shards(files, n) {
  const out = Array.from({ length: n }, () => ({ bytes: 0, files: [] }));
  for (const f of [...files].sort((a, b) => statSync(b).size - statSync(a).size)) {
    const lightest = out.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f);
    lightest.bytes += statSync(f).size;
  }
  return out.map((s) => s.files).filter((s) => s.length > 0);
}

/** Each shard in one process that imports all its files: tsx compiles each module once per shard. */
async function runFast(files) {
  const dir = mkdtempSync(join(tmpdir(), 'xproj-fast-'));
  try {
    const parts = shards(files, Math.max(1, availableParallelism()));
    const codes = await Promise.all(
      parts.map((part, i) => {
        const entry = join(dir, `shard${i}.mjs`);
        writeFileSync(entry, part.map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};`).join('\n'));
        return new Promise((done) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=dot', entry], { stdio: 'inherit' });
          child.on('exit', (code) => done(code ?? 1));
        });
      }),
    );
    return codes.every((c) => c === 0) ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args.includes('--fast')) {
  const started = Date.now();
  const status = await runFast(filesUnder(['test/service', 'test/common']));
  console.log(`\n${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(status);
}

const files = filesUnder(args.length > 0 ? args : ['test']);
let status = runIsolated(files);
const core = files.filter((f) => f.startsWith(join('test', 'service')));
if (status === 0 && args.length === 0 && core.length > 0) {
  console.log('\nThe core again, on the path of large plans (parsed in chunks, nodes dropped):');
  status = runIsolated(core, { XPROJ_TEST_CHUNKED: '1' });
}
process.exit(status);
