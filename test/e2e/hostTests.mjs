// Runs the mocha suites of client/src/test inside code-server's extension host, the way
// @vscode/test-electron runs them in a desktop VS Code: the workbench is opened with
// `extensionDevelopmentPath` and `extensionTestsPath`, and reports the end through
// `window.codeAutomationExit`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ port: number, hostWorkspace: string }} session
 * @param {{ root: string, report: string, shots: string, prefix: string, timeoutMs?: number, log: (line: string) => void }} options
 * @returns {Promise<{ exitCode: number, results: { title: string, state: string, durationMs: number, error?: string }[] }>}
 */
export async function runHostTests(browser, session, { root, report, shots, prefix, timeoutMs = 300_000, log }) {
  const authority = `127.0.0.1:${session.port}`;
  const remote = (path) => `vscode-remote://${authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(`${root}/out/test/index`)],
  ];
  const url = `http://${authority}/?folder=${encodeURIComponent(session.hostWorkspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let finish;
  const exited = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => log(`[host ${type}] ${[].concat(args).join(' ')}`));
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  page.on('pageerror', (e) => log(`[page error] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && log(`[workbench error] ${m.text()}`));
  await page.goto(url);
  // A failed test asks for a screenshot through a marker file (see client/src/test/index.ts).
  const marker = `${report}.shot`;
  const watcher = setInterval(() => {
    if (existsSync(marker)) {
      const name = readFileSync(marker, 'utf8').trim();
      void page
        .screenshot({ path: join(shots, `${prefix}-${name}.png`) })
        .catch(() => undefined)
        .finally(() => rmSync(marker, { force: true }));
    }
  }, 100);
  const timeout = new Promise((resolve) => setTimeout(() => resolve(-1), timeoutMs));
  const exitCode = await Promise.race([exited, timeout]);
  clearInterval(watcher);
  await page.close().catch(() => undefined);
  if (exitCode === -1) {
    log(`The extension-host tests did not finish within ${timeoutMs / 1000} s.`);
  }
  const results = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')).results : [];
  return { exitCode, results };
}
