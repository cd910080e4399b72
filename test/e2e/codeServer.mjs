// Starts and stops code-server 4.100.3 (VS Code 1.100.3 in the browser, with a real Node extension
// host) for one test session: its own user data, extensions and a copy of the test workspace.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

const SETTINGS = {
  'workbench.startupEditor': 'none',
  // The drag test grabs a bar's middle at day scale (the panel's default, fit, makes bars too short to drag).
  'xproj.gantt.defaultZoom': 'day',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  // The example's status date (2026-04-20) keeps the checks independent of the real date.
  'xproj.statusDate': '2026-04-20',
};

/** Where test/e2e/setup.sh installs code-server. */
export function codeServerBin(root) {
  return join(root, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

/**
 * One test session: a fresh folder with its own user data, extensions and two copies of the test
 * workspace, on a free port.
 * @param {{ root: string, vsixes: string[], locale: string, env?: Record<string, string> }} options
 * @returns {Promise<{ port: number, workspace: string, hostWorkspace: string, dir: string, log: () => string, stop: () => void, cleanup: () => void }>}
 */
export async function startCodeServer({ root, vsixes, locale, env = {} }) {
  const dir = mkdtempSync(join(tmpdir(), `xproj-e2e-${locale}-`));
  const workspace = join(dir, 'workspace');
  // One copy for the page tests and one for the extension-host tests: each edits its plans.
  const hostWorkspace = join(dir, 'host-workspace');
  for (const target of [workspace, hostWorkspace]) {
    cpSync(join(root, 'examples', 'enrolment'), join(target, 'enrolment'), { recursive: true });
    cpSync(join(root, 'test', 'e2e', 'workspace'), target, { recursive: true });
  }
  const server = await launchCodeServer({ bin: codeServerBin(root), dir, vsixes, locale, folder: workspace, settings: SETTINGS, env });
  return { ...server, workspace, hostWorkspace, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Installs the .vsix files into `dir`'s extensions and starts code-server on `folder`, in its own
 * process group (setsid semantics), so stopping it also ends the extension host and server.
 * @param {{ bin: string, dir: string, vsixes: string[], locale: string, folder: string, settings: object, bind?: string, env?: Record<string, string> }} options
 * @returns {Promise<{ port: number, log: () => string, stop: () => void }>}
 */
export async function launchCodeServer({ bin, dir, vsixes, locale, folder, settings, bind = '127.0.0.1:0', env = {} }) {
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', join(dir, 'config.yaml')];
  for (const vsix of vsixes) {
    const install = spawnSync(bin, [...common, '--install-extension', vsix, '--force'], { encoding: 'utf8' });
    if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
      throw new Error(`Installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
    }
  }

  if (locale !== 'en') {
    declareLanguagePack(userData, locale);
  }

  const logFile = join(dir, 'code-server.log');
  writeFileSync(logFile, '');
  const args = [
    ...common,
    '--bind-addr',
    bind,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--locale',
    locale,
    folder,
  ];
  const out = openSync(logFile, 'a');
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  const log = () => readFileSync(logFile, 'utf8');
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const port = await new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      const match = /HTTP server listening on http:\/\/[^:]+:(\d+)/.exec(log());
      if (match) {
        clearInterval(timer);
        resolve(Number(match[1]));
      } else if (child.exitCode !== null || Date.now() - started > 30_000) {
        clearInterval(timer);
        stop();
        reject(new Error(`code-server did not start:\n${log()}`));
      }
    }, 100);
  });
  return { port, log, stop };
}

/**
 * VS Code switches its display language (and so `vscode.env.language`, an extension's
 * `package.nls.<locale>.json` and l10n bundle) only for a locale with an installed language pack,
 * and the Marketplace's packs cannot be downloaded here. The server reads the installed packs from
 * `languagepacks.json` in the user data folder: declaring one with no translations of its own keeps
 * the workbench in English while our extension, and the language server, speak the locale.
 */
function declareLanguagePack(userData, locale) {
  const translations = join(userData, 'stub-language-pack', 'main.i18n.json');
  mkdirSync(join(userData, 'stub-language-pack'), { recursive: true });
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `stub-${locale}`,
    extensions: [{ extensionIdentifier: { id: `xproj-test.language-pack-${locale}` }, version: '1.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}
