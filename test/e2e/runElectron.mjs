// The extension-host suites in a desktop VS Code through @vscode/test-electron, where a VS Code
// build can be downloaded (this repository's CI cannot: it uses run.mjs and code-server instead).
//   node test/e2e/runElectron.mjs [stable|1.100.0]   (default: both, the minimum engine and stable)
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const versions = process.argv.length > 2 ? process.argv.slice(2) : ['1.100.0', 'stable'];

for (const [command, args] of [
  ['node', ['esbuild.mjs']],
  ['node', [join('test', 'e2e', 'buildTests.mjs')]],
]) {
  if (spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status !== 0) {
    process.exit(1);
  }
}

for (const version of versions) {
  const workspace = mkdtempSync(join(tmpdir(), 'xproj-e2e-electron-'));
  cpSync(join(root, 'examples', 'enrolment'), join(workspace, 'enrolment'), { recursive: true });
  cpSync(join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  await runTests({
    version,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { XPROJ_E2E_REPORT: join(root, 'test-output', `e2e-electron-${version}.json`) },
  });
}
