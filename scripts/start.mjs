// `npm start`: see the extension work without installing VS Code. Packages the .vsix, installs it
// into a local code-server (VS Code 1.100.3 in the browser, set up by test/e2e/setup.sh), and serves
// a copy of the example plans with the spring-enrolment plan open, at a printed localhost address.
// Ctrl+C stops it. XPROJ_PORT picks the port (default 8080), XPROJ_LOCALE the language (en, zh-cn).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerBin, launchCodeServer } from '../test/e2e/codeServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.XPROJ_PORT ?? 8080);
const locale = process.env.XPROJ_LOCALE ?? 'en';
const home = join(root, '.vscode-test', 'demo');
const folder = join(home, 'workspace');
const plan = join(folder, 'enrolment', 'spring-enrolment.xproj.yaml');

function run(title, command, args) {
  console.log(`• ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status})`);
    process.exit(1);
  }
}

run('Setting up code-server (test/e2e/setup.sh)', 'bash', [join(root, 'test', 'e2e', 'setup.sh')]);
run('Packaging the extension (npm run package)', 'npm', ['run', '--silent', 'package']);
// The demo workspace is the user's to edit: made once from the examples, kept across restarts.
if (!existsSync(folder)) {
  mkdirSync(folder, { recursive: true });
  cpSync(join(root, 'examples'), folder, { recursive: true });
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
console.log('• Starting code-server');
const server = await launchCodeServer({
  bin: codeServerBin(root),
  dir: home,
  vsixes: [join(root, `xproj-${version}.vsix`)],
  locale,
  folder,
  bind: `127.0.0.1:${port}`,
  // The Welcome page lists XProj's walkthrough (its first step ticks when "New Plan" runs).
  settings: {
    'workbench.startupEditor': 'welcomePage',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.openRepositoryInParentFolders': 'never',
  },
}).catch((error) => {
  console.error(`${error.message}\nIs port ${port} in use? Try XPROJ_PORT=8081 npm start.`);
  process.exit(1);
});
const payload = encodeURIComponent(JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${server.port}${plan}`]]));
console.log(`\nXProj in VS Code: http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(folder)}&payload=${payload}`);
console.log('Open it in a browser; the Gantt chart is "XProj: Show Gantt Chart". Ctrl+C stops the server.');
const stop = () => {
  server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Keep running while code-server does.
setInterval(() => {}, 1 << 30);
