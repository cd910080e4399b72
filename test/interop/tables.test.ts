import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { PlanAnalysis } from '../../server/src/service';
import { formatScheduleJson } from '../../server/src/cli/format/scheduleJson';
import { exportCsv } from '../../server/src/interop/export/csv';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { exportXlsx } from '../../server/src/interop/export/xlsx';
import { ImportError, importPlan } from '../../server/src/interop/import';
import { runInProcessAsync, tempTree } from '../cli/harness';
import { loadGenerator } from '../helpers/generator';
import { check } from '../helpers/plan';
import { TRICKY, exampleAnalysis } from './interopPlans';

/** Debian's Python, where apt installs python3-openpyxl (a pyenv python3 may come first on PATH). */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function days(analysis: PlanAnalysis): string[] {
  const json = JSON.parse(formatScheduleJson(analysis)) as { tasks: { id: string; start: string; end: string }[] };
  return json.tasks.map((t) => `${t.id} ${t.start}..${t.end}`);
}

async function xlsxOf(analysis: PlanAnalysis, locale: 'en' | 'zh-cn' = 'en'): Promise<Uint8Array> {
  return exportXlsx(exportFacts(analysis), locale);
}

describe('xlsx export', () => {
  it('has a frozen task sheet with real dates, and sheets for people, risks, budget and the calendar (read by exceljs)', async () => {
    const analysis = exampleAnalysis('zh-cn');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsxOf(analysis, 'zh-cn')) as never);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['任务', '人员', '风险', '预算', '日历'],
    );
    const tasks = workbook.getWorksheet('任务')!;
    const view = tasks.views[0] as { state: string; ySplit: number; topLeftCell: string };
    assert.deepEqual([view.state, view.ySplit, view.topLeftCell], ['frozen', 1, 'A2']);
    assert.deepEqual((tasks.getRow(1).values as unknown[]).slice(1), [
      'WBS',
      'ID',
      '任务名称',
      '阶段',
      '负责人',
      '部门',
      '开始日期',
      '结束日期',
      '工期（工作日）',
      '前置任务',
      '状态',
      '进度（%）',
      '总时差（工作日）',
      '关键任务',
    ]);
    assert.equal(tasks.rowCount, analysis.plan.tasks.length + 1);
    const start = tasks.getRow(3).getCell(7);
    assert.ok(start.value instanceof Date);
    assert.equal((start.value as Date).toISOString(), '2026-03-02T00:00:00.000Z');
    assert.equal(start.numFmt, 'yyyy-mm-dd');
    assert.equal(tasks.getRow(2).font?.bold, true, 'a summary row is bold');
    assert.equal(tasks.getRow(3).getCell(3).alignment?.indent, 1, 'a subtask is indented');
    const people = workbook.getWorksheet('人员')!;
    const chen = people.getRow(2);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((c) => chen.getCell(c).value),
      ['chen-jianguo', '陈建国', '总经理办公室', 0.5, null, 1],
    );
    const budget = workbook.getWorksheet('预算')!;
    const total = budget.getRow(budget.rowCount - 1);
    assert.equal(total.getCell(2).value, '合计');
    assert.deepEqual(total.getCell(3).value, { formula: 'SUM(C2:C9)', result: 187100 });
    assert.equal(workbook.getWorksheet('风险')!.rowCount, analysis.plan.risks.length + 1);
  });

  it(
    'is read by a second reader, openpyxl: the same sheets, a frozen header and date cells',
    { skip: hasOpenpyxl ? false : 'python3-openpyxl is not installed' },
    async () => {
      const dir = tempTree({});
      const file = join(dir, 'plan.xlsx');
      writeFileSync(file, await xlsxOf(exampleAnalysis()));
      const script = `import json, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Tasks']
print(json.dumps({'sheets': wb.sheetnames, 'freeze': ws.freeze_panes, 'header': [c.value for c in ws[1]][:4],
  'start': ws['G3'].value.isoformat(), 'isDate': ws['G3'].is_date, 'rows': ws.max_row}))`;
      const r = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), {
        sheets: ['Tasks', 'People', 'Risks', 'Budget', 'Calendar'],
        freeze: 'A2',
        header: ['WBS', 'ID', 'Name', 'Phase'],
        start: '2026-03-02T00:00:00',
        isDate: true,
        rows: exampleAnalysis().plan.tasks.length + 1,
      });
    },
  );
});

describe('xlsx and csv import', () => {
  it('an xlsx export imports to the same schedule, with its calendar and ids (the example)', async () => {
    const analysis = exampleAnalysis();
    const { yaml, notes } = await importPlan(await xlsxOf(analysis), 'plan.xlsx', 'en');
    assert.deepEqual(notes, ['sheets other than the first are not read: People, Risks, Budget']);
    assert.match(yaml, /^ {2}name: 2026年春季招生推进项目$/m);
    const imported = check(yaml);
    assert.deepEqual(
      imported.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.deepEqual(days(imported), days(analysis));
    assert.equal((yaml.match(/^\s+end: /gm) ?? []).length, 0, 'durations and the calendar carry the dates, no end pinned');
  });

  it('a csv export imports to the same schedule: ends the sheet shows are kept where it has no calendar', async () => {
    const analysis = exampleAnalysis('zh-cn');
    const { yaml, notes } = await importPlan(encode(exportCsv(exportFacts(analysis), 'zh-cn')), '春季招生.csv', 'zh-cn');
    assert.deepEqual(notes, []);
    const imported = check(yaml);
    assert.deepEqual(
      imported.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.deepEqual(days(imported), days(analysis));
  });

  for (const seed of [1, 2]) {
    it(`a generated plan of 300 tasks through xlsx and csv, seed ${seed}`, async () => {
      const { generatePlan } = await loadGenerator();
      const analysis = check(generatePlan({ tasks: 300, seed }));
      for (const [bytes, name] of [
        [await xlsxOf(analysis), 'g.xlsx'],
        [encode(exportCsv(exportFacts(analysis), 'en')), 'g.csv'],
      ] as const) {
        const imported = check((await importPlan(bytes, name, 'en')).yaml);
        assert.deepEqual(days(imported), days(analysis), name);
      }
    });
  }

  it('keeps names with commas, quotes and line breaks whole', async () => {
    const { yaml } = await importPlan(encode(exportCsv(exportFacts(check(TRICKY)), 'en')), 'tricky.csv', 'en');
    const imported = check(yaml);
    assert.deepEqual(
      imported.plan.tasks.map((t) => t.name?.value),
      ['Design, "draft"\nand review', '构建#1; 测试', '上线'],
    );
    assert.deepEqual(
      imported.plan.people.map((p) => [p.id, p.name?.value]),
      [
        ['wang-jr', 'Wang, Jr.'],
        ['li-si', '李四'],
      ],
    );
  });

  it("reads a sheet people keep: Chinese headers, ';' separators, slashes in dates, WBS numbers as references", async () => {
    const csv = [
      '任务名称;负责人;开始时间;完成时间;工期;前置任务;WBS',
      '需求分析;张三;2026/3/2;2026/3/4;3;;1',
      '设计;李四;2026/3/5;2026/3/6;2;1;2',
      '评审;张三;2026/3/6;2026/3/6;0;2 FS+0d;3',
      '未知;张三;2026/3/9;;1;99;4',
    ].join('\n');
    const { yaml, notes } = await importPlan(encode(csv), '项目.csv', 'zh-cn');
    assert.deepEqual(notes, ['任务“wei-zhi”：依赖的“99”不在文件中']);
    const imported = check(yaml);
    assert.deepEqual(
      imported.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.deepEqual(days(imported), [
      'xu-qiu-fen-xi 2026-03-02..2026-03-04',
      'she-ji 2026-03-05..2026-03-06',
      'ping-shen 2026-03-06..2026-03-06',
      'wei-zhi 2026-03-09..2026-03-09',
    ]);
    assert.match(yaml, /people:\n {2}- \{ id: zhang-san, name: 张三 \}\n {2}- \{ id: li-si, name: 李四 \}/);
  });

  it('refuses a sheet without a name column, and a zip that would unpack to gigabytes', async () => {
    await assert.rejects(
      importPlan(encode('Owner,Start\n张三,2026-03-02\n'), 'x.csv', 'en'),
      (e: unknown) => e instanceof ImportError && e.message === "the sheet has no 'Name' column (the first row must name the columns)",
    );
    await assert.rejects(
      importPlan(encode('not a zip'), 'x.xlsx', 'en'),
      (e: unknown) => e instanceof ImportError && e.message === 'not a readable .xlsx workbook (no zip directory)',
    );
    const dir = tempTree({});
    const bomb = join(dir, 'bomb.xlsx');
    const made = spawnSync(PYTHON, [
      '-c',
      `import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED) as z:\n  z.writestr('xl/worksheets/sheet1.xml', b'0'*(300*1024*1024))`,
      bomb,
    ]);
    assert.equal(made.status, 0);
    await assert.rejects(
      importPlan(readFileSync(bomb), 'bomb.xlsx', 'en'),
      (e: unknown) => e instanceof ImportError && e.message === 'not a readable .xlsx workbook (it would unpack to 300 MB, more than 256 MB)',
    );
    const run = await runInProcessAsync(['import', 'bomb.xlsx'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
  });

  it('writes the plan with -o and the notes to stderr, from the command line', async () => {
    const dir = tempTree({ 'p.csv': 'Name,Start,Duration,Dependencies\nA,2026-03-02,2,\nB,,1,A\nC,,1,Z\n' });
    const run = await runInProcessAsync(['import', 'p.csv', '-o', 'p.xproj.yaml'], { cwd: dir });
    assert.deepEqual(run, {
      code: 0,
      stdout: '',
      stderr: "xproj: 1 thing could not be carried over (listed at the top of the plan):\n  - task 'c': dependency on 'Z', which is not in the file\n",
    });
    assert.match(
      readFileSync(join(dir, 'p.xproj.yaml'), 'utf8'),
      /^# Imported by XProj from p\.csv\.\n# Not carried over:\n# - task 'c': dependency on 'Z', which is not in the file\n/,
    );
  });
});
