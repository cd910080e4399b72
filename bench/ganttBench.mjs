// `node bench/ganttBench.mjs`: the Gantt webview in Debian's Chromium (headless, software
// rendering), on generated plans of 1k, 5k and 20k tasks. Prints numbers only:
// - first paint: from posting the `update` message to the end of the frame that shows the chart
//   (message clone, validation, model, layout, DOM, style, layout and paint), median of fresh pages;
// - scroll and zoom frames: main-thread time of the longest frame a programmatic scroll step or a
//   ctrl+wheel zoom step causes (its own frame, or the next one, in which the view redraws).
// Targets: 5k painted under 300 ms, 20k under 1 s, scroll and zoom frames under 16 ms.
// `--sizes 5000,20000` measures only those; `--json FILE` writes the figures as JSON too.
// `node bench/ganttBench.mjs --tracking`: the same plans with a forecast for every unfinished task and
// a baseline for every task (hatched tails and ghost bars on most rows).
/* global window, document, requestAnimationFrame, WheelEvent -- page functions run in Chromium */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { option } from './benchArgs.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const SIZES = option('sizes', '1000,5000,20000').split(',').map(Number);
/** `--json FILE`: the results as JSON too, for `bench/targets.mjs`. */
const JSON_OUT = option('json', undefined);
const PAINT_RUNS = 5;
const STEPS = 120;
const EXTRA = process.argv.includes('--tracking') ? '&tracking=1' : '';

function serve() {
  const allowed = [join(ROOT, 'dist') + sep, join(ROOT, 'webview', 'test-host') + sep];
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = normalize(join(ROOT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!allowed.some((d) => path.startsWith(d)) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page: posts the schedule and resolves after the frame that painted it. */
function measureFirstPaint() {
  const data = window.xprojHost.data();
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        const t0 = performance.now();
        window.xprojHost.send({ type: 'update', data, revision: 1, locale: 'en' });
        const check = () => {
          if (document.querySelector('[data-task-id]') === null) {
            requestAnimationFrame(check);
            return;
          }
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ ms: performance.now() - t0, nodes: document.getElementsByTagName('*').length });
          ch.port2.postMessage(0);
        };
        requestAnimationFrame(check);
      }),
    );
  });
}

/**
 * Runs in the page: one step per frame, and the main-thread time of the longer of the two frames it
 * touches: the input's own frame (the step itself, then style, layout and paint) and the next one,
 * where scroll events and coalesced ctrl+wheel zooms are handled and the view redraws. Each is
 * measured from its first frame callback to the end of its paint; a frame under 16 ms keeps 60 fps.
 */
function measureSteps({ kind, steps }) {
  const scroller = document.querySelector('.scroller');
  const times = [];
  const jumps = [];
  let i = 0;
  // A message posted from a frame callback is handled once that frame has been painted.
  const afterPaint = (cb) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  };
  return new Promise((resolve) => {
    const frame = () => {
      const start = performance.now();
      if (kind === 'zoom') {
        const r = scroller.getBoundingClientRect();
        const deltaY = Math.floor(i / 15) % 2 === 0 ? 120 : -120;
        scroller.dispatchEvent(
          new WheelEvent('wheel', { ctrlKey: true, deltaY, clientX: r.left + r.width * 0.6, clientY: r.top + 200, bubbles: true, cancelable: true }),
        );
      } else {
        // A fast fling downwards with a sideways drift, and a jump every 20 frames (counted apart).
        scroller.scrollTop = i % 20 === 19 ? (scroller.scrollHeight * ((i * 37) % 100)) / 100 : scroller.scrollTop + 240;
        scroller.scrollLeft += 40;
      }
      afterPaint((end1) => {
        requestAnimationFrame(() => {
          const start2 = performance.now();
          afterPaint((end2) => {
            (kind === 'scroll' && i % 20 === 19 ? jumps : times).push(Math.max(end1 - start, end2 - start2));
            if (++i < steps) {
              requestAnimationFrame(frame);
            } else {
              resolve({ times, jumps });
            }
          });
        });
      });
    };
    requestAnimationFrame(frame);
  });
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s.at(-1) };
}

const f = (ms) => `${ms.toFixed(1)} ms`;

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.log(`skipped: ${CHROMIUM} is missing (apt-get install -y chromium fonts-noto-cjk)`);
    return;
  }
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.exit(build.status ?? 1);
  }
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/webview/test-host/index.html`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const results = [];
  console.log(`Chromium ${browser.version()}, viewport 1400×800, ${STEPS} steps per interaction${EXTRA ? ', with forecasts and a baseline' : ''}`);
  try {
    for (const n of SIZES) {
      const paints = [];
      let nodes = 0;
      let page;
      for (let run = 0; run < PAINT_RUNS; run++) {
        await page?.close();
        page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
        await page.goto(`${base}?tasks=${n}&manual=1${EXTRA}`);
        const r = await page.evaluate(measureFirstPaint);
        paints.push(r.ms);
        nodes = r.nodes;
      }
      const scrolled = await page.evaluate(measureSteps, { kind: 'scroll', steps: STEPS });
      const scroll = stats(scrolled.times);
      const jump = stats(scrolled.jumps);
      const zoom = stats((await page.evaluate(measureSteps, { kind: 'zoom', steps: STEPS })).times);
      await page.close();
      const paint = stats(paints);
      console.log(`${String(n).padStart(6)} tasks  first paint median ${f(paint.median)} (max ${f(paint.max)}), ${nodes} DOM elements`);
      console.log(`              scroll frame median ${f(scroll.median)}, p95 ${f(scroll.p95)}, max ${f(scroll.max)} (240 px steps)`);
      console.log(`              jump frame   median ${f(jump.median)}, max ${f(jump.max)} (scrollbar jumps: a whole new window)`);
      console.log(`              zoom frame   median ${f(zoom.median)}, p95 ${f(zoom.p95)}, max ${f(zoom.max)}`);
      results.push({ tasks: n, paint: paint.median, scrollP95: scroll.p95, zoomP95: zoom.p95 });
    }
    if (JSON_OUT) {
      writeFileSync(JSON_OUT, JSON.stringify(results));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
