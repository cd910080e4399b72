// Shared by the browser tests: a static server for the test host and the bundle, and Debian's
// Chromium driven by playwright-core (which never downloads a browser of its own).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
/** Debian's package; XPROJ_CHROMIUM points elsewhere (never a downloaded browser). */
export const CHROMIUM = process.env.XPROJ_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserSkipReason(): string | undefined {
  if (!existsSync(CHROMIUM)) {
    return `${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`;
  }
  if (!existsSync(join(ROOT, 'dist', 'webview.js'))) {
    return 'dist/webview.js is missing (run node esbuild.mjs first)';
  }
  return undefined;
}

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The tests load the bundle, not the sources: a stale bundle would test old code. */
export function staleBundleMessage(): string | undefined {
  const bundle = statSync(join(ROOT, 'dist', 'webview.js')).mtimeMs;
  return newestUnder(join(ROOT, 'webview', 'src')) > bundle ? 'dist/webview.js is older than webview/src: run node esbuild.mjs' : undefined;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};
const SERVED = [join(ROOT, 'dist') + sep, join(ROOT, 'webview', 'test-host') + sep];

/** Serves dist/ and webview/test-host/ only, on 127.0.0.1 and a free port. */
export async function startServer(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!SERVED.some((dir) => path.startsWith(dir)) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/webview/test-host/index.html` };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** What a suite's tests read once its hooks have run: Chromium, and the address of its host page. */
export interface ChromiumSuite {
  readonly browser: Browser;
  readonly base: string;
}

/**
 * Registers the hooks of a browser suite (call it inside `describe`): checks the bundle is fresh,
 * serves the test host and starts Chromium before the tests, and stops both after them.
 */
export function chromiumSuite(hostPage = 'index.html'): ChromiumSuite {
  let server: Server | undefined;
  const suite: { browser?: Browser; base?: string } = {};
  before(async () => {
    const stale = staleBundleMessage();
    if (stale !== undefined) {
      throw new Error(stale);
    }
    const started = await startServer();
    server = started.server;
    suite.base = started.base.replace('index.html', hostPage);
    suite.browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await suite.browser?.close();
    server?.close();
  });
  return {
    get browser() {
      return suite.browser!;
    },
    get base() {
      return suite.base!;
    },
  };
}

/** A page of a host that posts what the page posts to `window.__posted` (report, Resources), with what it logged and fetched. */
export interface HostPage {
  readonly page: Page;
  /** Console errors and warnings, and uncaught exceptions. */
  readonly problems: string[];
  /** The paths the page requested. */
  readonly requests: string[];
}

/** Opens the host page in a theme, waits for the webview's `ready` and posts it `message`, as the extension would. */
export async function openHostPage(suite: ChromiumSuite, theme: string, message: unknown, viewport: { width: number; height: number }): Promise<HostPage> {
  const page = await suite.browser.newPage({ viewport });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${suite.base}?theme=${theme}`);
  await page.waitForFunction(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted.some((m) => m['type'] === 'ready'));
  await page.evaluate((m) => window.postMessage(m, '*'), message);
  return { page, problems, requests };
}
