import { chromium } from 'playwright-core';
import { startCodeServer } from './codeServer.mjs';
import { runHostTests } from './hostTests.mjs';
const root = '/work/main';
const report = '/tmp/xp/report.json';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
  const session = await startCodeServer({ root, vsixes: [`${root}/xproj-0.1.0.vsix`], locale: 'en', env: { XPROJ_E2E_REPORT: report, XPROJ_E2E_GREP: process.argv[3] ?? 'Views' } });
  try {
    const lines = [];
    const r = await runHostTests(browser, session, { root, report, log: (l) => lines.push(l) });
    const failed = r.results.filter((x) => x.state === 'failed');
    console.log('run', i, 'exit', r.exitCode, 'failed', failed.map((f) => f.title).join(', '));
    if (failed.length) console.log(lines.filter((l) => /DBG/.test(l)).join('\n'));
  } finally { session.stop(); session.cleanup(); }
}
await browser.close();
