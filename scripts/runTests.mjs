// Runs every `*.test.ts` under test/ with Node's test runner (TypeScript through tsx).
// Node 20's `--test` does not expand globs, so the files are listed here. Then the core's tests
// (test/service) run again on the path large plans take (XPROJ_TEST_CHUNKED, see
// test/helpers/plan.ts): parsed in chunks, items' nodes dropped and parsed again where needed.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures' && name !== 'node_modules') out.push(...find(p));
    } else if (name.endsWith('.test.ts')) {
      out.push(p);
    }
  }
  return out;
}

const filter = process.argv.slice(2);
const roots = filter.length > 0 ? filter : ['test'];
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? find(r) : [r])).sort();
const run = (list, env = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...list], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status ?? 1;

let status = run(files);
const core = files.filter((f) => f.startsWith(join('test', 'service')));
if (status === 0 && filter.length === 0 && core.length > 0) {
  console.log('\nThe core again, on the path of large plans (parsed in chunks, nodes dropped):');
  status = run(core, { XPROJ_TEST_CHUNKED: '1' });
}
process.exit(status);
