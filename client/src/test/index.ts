import { existsSync, writeFileSync } from 'node:fs';
import Mocha from 'mocha';

/** One finished test, for the runner outside VS Code (the extension host's console may not reach it). */
interface TestResult {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs: number;
  readonly error?: string;
}

/**
 * Entry point VS Code calls as `extensionTestsPath` (with @vscode/test-electron or code-server).
 * `XPROJ_E2E_GREP` picks suites (the locale run takes only the localisation suite) and
 * `XPROJ_E2E_REPORT` names a JSON file for the results.
 */
export async function run(): Promise<void> {
  const grep = process.env['XPROJ_E2E_GREP'];
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  // The suites call mocha's `suite`/`test`, which bind to the context of this event.
  mocha.suite.emit('pre-require', globalThis, 'xproj-e2e', mocha);
  mocha.suite.afterEach(async function screenshotOnFailure(this: Mocha.Context) {
    await requestScreenshot(this.currentTest);
  });
  await import('./plan.test.js');
  await import('./views.test.js');
  await import('./commands.test.js');
  await import('./taskMenu.test.js');
  await import('./locale.test.js');

  const results: TestResult[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: err.stack ?? err.message }));
  });
  const report = process.env['XPROJ_E2E_REPORT'];
  if (report) {
    writeFileSync(report, JSON.stringify({ failures, results }, null, 2));
  }
  if (failures > 0) {
    throw new Error(`${failures} extension-host tests failed.`);
  }
}

let shots = 0;

/**
 * After a failed test, asks the runner outside VS Code for a screenshot of the workbench as it is:
 * writes `<report>.shot` with a name and waits (3 s at most) until the runner has taken it.
 */
async function requestScreenshot(test: Mocha.Test | undefined): Promise<void> {
  const report = process.env['XPROJ_E2E_REPORT'];
  if (!report || test?.state !== 'failed') {
    return;
  }
  const marker = `${report}.shot`;
  writeFileSync(marker, `host-failure-${++shots}`);
  for (let waited = 0; waited < 3000 && existsSync(marker); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
