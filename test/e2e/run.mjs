// `npm run test:e2e` (after test/e2e/setup.sh): the extension in a real VS Code. code-server 4.100.3
// (VS Code 1.100.3 with a Node extension host) serves the workbench, playwright-core drives it in
// Debian's headless chromium. Per UI language (en, zh-cn) it starts one code-server with the
// packaged .vsix installed, runs the page tests (screenshots in test-output/screenshots/), then
// the mocha suites of client/src/test inside the extension host.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startCodeServer } from './codeServer.mjs';
import { runHostTests } from './hostTests.mjs';
import { runPageTests } from './pageTests.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const output = join(root, 'test-output');
const shots = join(output, 'screenshots');
const CHROMIUM = process.env.XPROJ_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** The zh-cn session checks what changes with the language; the rest does not depend on it. */
const LOCALES = [
  { locale: 'en', grep: undefined },
  { locale: 'zh-cn', grep: 'Localisation' },
];

const started = Date.now();
const log = (line) => console.log(line);

function step(title, command, args) {
  log(`• ${title}`);
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(`${result.stdout}\n${result.stderr}`);
    throw new Error(`${title} failed (exit ${result.status})`);
  }
}

step('Packaging the extension (npm run package)', 'npm', ['run', '--silent', 'package']);
step('Bundling the extension-host suites', process.execPath, [join(root, 'test', 'e2e', 'buildTests.mjs')]);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `xproj-${version}.vsix`);
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results = [];
try {
  for (const { locale, grep } of LOCALES) {
    log(`• VS Code ${locale === 'en' ? 'in English' : `with locale ${locale}`}`);
    const report = join(output, `e2e-host-${locale}.json`);
    rmSync(report, { force: true });
    const session = await startCodeServer({
      root,
      vsixes: [vsix],
      locale,
      env: { XPROJ_E2E_REPORT: report, ...(grep ? { XPROJ_E2E_GREP: grep } : {}) },
    });
    const before = results.length;
    const hostLog = [];
    try {
      results.push(...(await runPageTests(browser, session, { locale, shots, log })));
      const host = await runHostTests(browser, session, { root, report, shots, prefix: locale, log: (line) => hostLog.push(line) });
      for (const r of host.results) {
        results.push({ ...r, title: `extension host (${locale}) ${r.title}` });
        log(`  ${r.state === 'passed' ? '✔' : r.state === 'failed' ? '✘' : '-'} extension host (${locale}) ${r.title}`);
      }
      if (host.exitCode !== 0 && !host.results.some((r) => r.state === 'failed')) {
        results.push({ title: `extension host (${locale}) run`, state: 'failed', durationMs: 0, error: `exit code ${host.exitCode}` });
      }
    } finally {
      session.stop();
      writeFileSync(join(output, `e2e-host-${locale}.log`), `${hostLog.join('\n')}\n\n--- code-server ---\n${session.log()}`);
      if (results.slice(before).some((r) => r.state === 'failed')) {
        log(`  kept ${session.dir} for inspection`);
      } else {
        session.cleanup();
      }
    }
  }
} finally {
  await browser.close();
}

const failed = results.filter((r) => r.state === 'failed');
for (const f of failed) {
  console.error(`\n✘ ${f.title}\n${f.error ?? ''}`);
}
const count = (state) => results.filter((r) => r.state === state).length;
const seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(join(output, 'e2e-report.json'), JSON.stringify({ seconds, results }, null, 2));
log(`\nend-to-end: ${seconds} s; screenshots in ${shots}`);
log(`${count('passed')} passed, ${count('failed')} failed, ${count('pending')} skipped`);
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);
