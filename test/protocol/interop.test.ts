import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ExportPlanResult, ImportPlanResult } from '../../server/src/protocol';
import { LspTestClient } from './lspClient';

const REPO = join(__dirname, '..', '..');
const EXAMPLE = join(REPO, 'examples', 'enrolment', 'spring-enrolment.xproj.yaml');
const FIXTURE = join(REPO, 'test', 'fixtures', 'interop', 'ms-project-2016.xml');

describe('language server: xproj/export and xproj/import', () => {
  let client: LspTestClient;
  const uri = pathToFileURL(EXAMPLE).href;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
    await client.open(uri, readFileSync(EXAMPLE, 'utf8'));
    await client.diagnosticsFor(uri, () => true);
  });
  after(async () => client.dispose());

  it('exports an open plan as text (csv) and as bytes (pdf, from the bundled interop module)', async () => {
    const csv = await client.connection.sendRequest<ExportPlanResult | null>('xproj/export', { uri, format: 'csv', locale: 'zh-cn' });
    assert.match(csv?.text ?? '', /^\ufeffWBS,ID,任务名称,/);
    const pdf = await client.connection.sendRequest<ExportPlanResult | null>('xproj/export', { uri, format: 'pdf', locale: 'en' });
    assert.equal(
      Buffer.from(pdf?.base64 ?? '', 'base64')
        .subarray(0, 5)
        .toString('latin1'),
      '%PDF-',
    );
  });

  it('answers null for a plan it does not hold or a format it does not know', async () => {
    assert.equal(await client.connection.sendRequest('xproj/export', { uri: 'file:///nowhere.xproj.yaml', format: 'csv' }), null);
    assert.equal(await client.connection.sendRequest('xproj/export', { uri, format: 'docx' }), null);
  });

  it('imports bytes the client read, and refuses an entity bomb with the message for the user', async () => {
    const result = await client.connection.sendRequest<ImportPlanResult | null>('xproj/import', {
      fileName: 'p.xml',
      base64: readFileSync(FIXTURE).toString('base64'),
      locale: 'en',
    });
    assert.match(result?.yaml ?? '', /^# Imported by XProj from p\.xml\.\n/);
    assert.equal(result?.notes.length, 3);
    const bomb = '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project><Name>&x;</Name></Project>';
    await assert.rejects(client.connection.sendRequest('xproj/import', { fileName: 'b.xml', base64: Buffer.from(bomb).toString('base64') }), (e: Error) =>
      e.message.startsWith('the XML declares a DOCTYPE'),
    );
  });
});
