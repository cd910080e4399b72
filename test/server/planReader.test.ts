import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_PLAN_BYTES, isPlanPath, readPlanFile } from '../../server/src/files/planReader';

const dir = mkdtempSync(join(tmpdir(), 'xproj-reader-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('the plan reader', () => {
  it('reads a plan as UTF-8 and drops a byte order mark', () => {
    const path = join(dir, 'bom.xproj.yaml');
    writeFileSync(path, '\ufeffxproj: 1\nproject: {name: 招生}\n');
    assert.deepEqual(readPlanFile(path), { text: 'xproj: 1\nproject: {name: 招生}\n' });
  });

  it('reads only paths named like plans when asked to', () => {
    assert.deepEqual(readPlanFile('/etc/hostname', { plansOnly: true }), { error: 'not-plan-path' });
    assert.deepEqual(readPlanFile(join(dir, '../../../../../../etc/shadow'), { plansOnly: true }), { error: 'not-plan-path' });
    assert.ok(isPlanPath('a/b.xproj.yml') && isPlanPath('B.XPROJ.YAML') && !isPlanPath('b.yaml') && !isPlanPath('b.xproj.yaml.bak'));
  });

  it('refuses devices, FIFOs, directories and links to them before reading a byte', () => {
    assert.deepEqual(readPlanFile('/dev/zero'), { error: 'not-a-file' });
    assert.deepEqual(readPlanFile('/dev/urandom'), { error: 'not-a-file' });
    const fifo = join(dir, 'pipe.xproj.yaml');
    execFileSync('mkfifo', [fifo]);
    // Opened without blocking: with no writer, a blocking open would wait forever.
    assert.deepEqual(readPlanFile(fifo, { plansOnly: true }), { error: 'not-a-file' });
    const folder = join(dir, 'folder.xproj.yaml');
    mkdirSync(folder);
    assert.deepEqual(readPlanFile(folder, { plansOnly: true }), { error: 'not-a-file' });
    const link = join(dir, 'zero.xproj.yaml');
    symlinkSync('/dev/zero', link);
    assert.deepEqual(readPlanFile(link, { plansOnly: true }), { error: 'not-a-file' });
  });

  it('refuses a file over the size limit by its size, without reading it', () => {
    const big = join(dir, 'big.xproj.yaml');
    writeFileSync(big, '');
    truncateSync(big, MAX_PLAN_BYTES + 1); // sparse: no 32 MB written
    assert.deepEqual(readPlanFile(big), { error: 'too-large', detail: String(MAX_PLAN_BYTES + 1) });
    const edge = join(dir, 'edge.xproj.yaml');
    writeFileSync(edge, '');
    truncateSync(edge, 1024);
    const read = readPlanFile(edge);
    assert.ok('text' in read && read.text.length === 1024);
  });

  it('tells a missing file from an unreadable one', () => {
    assert.deepEqual(readPlanFile(join(dir, 'missing.xproj.yaml')), { error: 'not-found' });
    assert.deepEqual(readPlanFile(join(dir, 'bom.xproj.yaml', 'below.xproj.yaml')), { error: 'not-found' });
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked.xproj.yaml');
      writeFileSync(locked, 'xproj: 1\n', { mode: 0o000 });
      assert.deepEqual(readPlanFile(locked), { error: 'unreadable', detail: 'EACCES' });
    }
  });
});
