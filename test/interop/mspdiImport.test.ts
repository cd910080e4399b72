import { strict as assert } from 'node:assert';
import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { formatScheduleJson } from '../../server/src/cli/format/scheduleJson';
import { ImportError, importPlan } from '../../server/src/interop/import';
import { runInProcessAsync, tempTree } from '../cli/harness';
import { check } from '../helpers/plan';
import { REPO } from './interopPlans';

const FIXTURE = join(REPO, 'test', 'fixtures', 'interop', 'ms-project-2016.xml');
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Each task's name with the dates MS Project computed and saved in the file. */
function savedDates(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(
    /<Task><UID>(\d+)<\/UID>.*?<Name>(.*?)<\/Name>.*?<Start>(\d{4}-\d\d-\d\d)T[^<]*<\/Start><Finish>(\d{4}-\d\d-\d\d)T[^<]*<\/Finish>/g,
  )) {
    if (m[1] !== '0') {
      out.set(m[2]!.replace('&amp;', '&'), `${m[3]}..${m[4]}`);
    }
  }
  return out;
}

describe('mspdi import', () => {
  it('reads a file shaped as MS Project 2016 saves it: WBS, links and lags, constraints, calendar, people, assignments', async () => {
    const xml = readFileSync(FIXTURE, 'utf8');
    const { yaml, notes } = await importPlan(encode(xml), 'ms-project-2016.xml', 'en');
    assert.deepEqual(notes, [
      "resource '服务器' is a material or cost resource; only work resources become people",
      "task 'yan-shou': deadline 2026-05-15",
      "task 'qian-duan-kai-fa': an elapsed-time lag, taken as 2 working days",
    ]);
    assert.match(yaml, /extra_workdays:\n {6}- \{ from: 2026-05-09, to: 2026-05-09 \}/);
    assert.match(yaml, /name: 用户访谈\n {8}owner: zhang-san\n {8}duration: 3d\n {8}status: done\n {8}actual_start: 2026-03-02\n/);
    assert.match(yaml, /^# Imported by XProj from ms-project-2016\.xml\.\n# Not carried over:\n# - resource '服务器'/);
    assert.match(yaml, /holidays:\n {6}- \{ from: 2026-04-06, to: 2026-04-06, name: 清明节 \}\n {6}- \{ from: 2026-05-01, to: 2026-05-05, name: 劳动节 \}/);
    assert.match(yaml, /- \{ id: li-si, name: 李四, department: ce-shi-bu, capacity: 0\.5 \}/);
    assert.match(yaml, /depends_on: \[ \{ task: hou-duan-kai-fa, type: FF \}, xu-qiu-wen-dang-ping-shen-cai-liao \]/);
    assert.match(yaml, /name: 系统测试\n {4}owner: li-si\n {4}start: 2026-04-01\n {4}duration: 5d/);
    assert.match(yaml, /name: 验收\n {4}end: 2026-05-11\n {4}duration: 1d/);
    const analysis = check(yaml);
    assert.deepEqual(
      analysis.problems.filter((p) => p.severity === 'error'),
      [],
    );
    const scheduled = JSON.parse(formatScheduleJson(analysis)) as { tasks: { id: string; start: string; end: string }[] };
    const names = new Map(analysis.plan.tasks.map((t) => [t.id, t.name!.value]));
    const ours = new Map(scheduled.tasks.map((t) => [names.get(t.id)!, `${t.start}..${t.end}`]));
    const theirs = savedDates(xml);
    // The one intended difference: a lag of 2 elapsed days becomes 2 working days.
    assert.equal(ours.get('前端开发'), '2026-03-11..2026-03-20');
    assert.equal(theirs.get('前端开发'), '2026-03-09..2026-03-18');
    for (const name of ['前端开发', '开发']) {
      ours.delete(name);
      theirs.delete(name);
    }
    assert.deepEqual(ours, theirs);
  });

  const refused: [string, string, string][] = [
    [
      'an entity bomb',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project xmlns="http://schemas.microsoft.com/project"><Name>&lol2;</Name></Project>',
      'the XML declares a DOCTYPE; entity declarations are refused (they could expand without bound or read local files)',
    ],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project xmlns="http://schemas.microsoft.com/project"><Name>&x;</Name></Project>',
      'the XML declares a DOCTYPE; entity declarations are refused (they could expand without bound or read local files)',
    ],
    ['text that is not XML', 'Project,Start\nA,2026-03-02\n', "not well-formed XML (char 'P' is not expected. line 1)"],
    [
      'XML that is not MS Project',
      '<?xml version="1.0"?><gantt><task/></gantt>',
      'not a Microsoft Project XML file (no <Project> element in the http://schemas.microsoft.com/project namespace)',
    ],
    ['a project without tasks', '<Project xmlns="http://schemas.microsoft.com/project"><Tasks/></Project>', 'no tasks found'],
  ];
  for (const [what, xml, message] of refused) {
    it(`refuses ${what} with a clear error`, async () => {
      await assert.rejects(importPlan(encode(xml), 'bad.xml', 'en'), (e: unknown) => e instanceof ImportError && e.message === message);
    });
  }

  it('says so in the CLI, exit 2, nothing on stdout; a 50 MB file is refused before it is read', async () => {
    const dir = tempTree({ 'bomb.xml': refused[0]![1], 'huge.xlsx': '' });
    truncateSync(join(dir, 'huge.xlsx'), 50 * 1024 * 1024);
    const bomb = await runInProcessAsync(['import', 'bomb.xml'], { cwd: dir });
    assert.deepEqual(bomb, {
      code: 2,
      stdout: '',
      stderr:
        'xproj: Cannot import bomb.xml: the XML declares a DOCTYPE; entity declarations are refused (they could expand without bound or read local files)\n',
    });
    const huge = await runInProcessAsync(['import', 'huge.xlsx'], { cwd: dir });
    assert.deepEqual(huge, { code: 2, stdout: '', stderr: 'xproj: Cannot read huge.xlsx: larger than the 32 MB a plan file may be\n' });
    const odd = await runInProcessAsync(['import', 'huge.docx'], { cwd: dir });
    assert.equal(odd.code, 2);
  });

  it('keeps what a link to an unknown task or a task of its own would lose, as notes', async () => {
    const xml = `<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-03-02T08:00:00</StartDate><Tasks>
<Task><UID>1</UID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT12H0M0S</Duration><PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink><PredecessorLink><PredecessorUID>1</PredecessorUID></PredecessorLink></Task>
</Tasks></Project>`;
    const { yaml, notes } = await importPlan(encode(xml), 'small.xml', 'en');
    assert.deepEqual(notes, [
      "task 'a': a duration of part of a day, rounded to 2d",
      "task 'a': dependency on '99', which is not in the file",
      "task 'a': a dependency on itself",
    ]);
    assert.deepEqual(
      check(yaml).problems.filter((p) => p.severity === 'error'),
      [],
    );
  });
});
