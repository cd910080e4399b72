import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { exportCsv } from '../../server/src/interop/export/csv';
import { exportFacts } from '../../server/src/interop/export/planFacts';
import { exampleAnalysis, trickyPlan } from './interopPlans';

describe('csv export', () => {
  it('starts with a UTF-8 byte order mark and quotes commas, quotes and line breaks', () => {
    const text = exportCsv(trickyPlan(), 'en');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const rows = parse(text.slice(1), { relaxColumnCount: false }) as string[][];
    assert.deepEqual(rows, [
      [
        'WBS',
        'ID',
        'Name',
        'Phase',
        'Owner',
        'Department',
        'Start',
        'End',
        'Duration (working days)',
        'Dependencies',
        'Status',
        'Progress (%)',
        'Slack (working days)',
        'Critical',
      ],
      [
        '1',
        'design',
        'Design, "draft"\nand review',
        'Phase: one',
        'Wang, Jr.',
        'PMO "core"',
        '2026-03-02',
        '2026-03-04',
        '3',
        '',
        'In progress',
        '50',
        '0',
        'yes',
      ],
      ['2', 'build', '构建#1; 测试', 'Phase: one', '李四', '', '2026-03-03', '2026-03-04', '2', 'design SS+1d', 'Not started', '0', '0', 'yes'],
      ['3', 'launch', '上线', '', '李四', '', '2026-03-04', '2026-03-04', '0', 'build', 'Not started', '0', '0', 'yes'],
    ]);
    assert.ok(text.includes('"Design, ""draft""\nand review"'), 'quotes doubled inside a quoted field');
    assert.ok(text.endsWith('\r\n') && text.split('\r\n').length === 5, 'CRLF between records');
  });

  it('writes Chinese headers and labels, and a row per task of the example in WBS order', () => {
    const analysis = exampleAnalysis('zh-cn');
    const rows = parse(exportCsv(exportFacts(analysis), 'zh-cn'), { bom: true }) as string[][];
    assert.deepEqual(rows[0], [
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
    assert.equal(rows.length - 1, analysis.plan.tasks.length);
    assert.deepEqual(rows[1], [
      '1',
      'initiation',
      '项目启动',
      '启动阶段',
      '李娜',
      '项目管理部',
      '2026-03-02',
      '2026-03-09',
      '6',
      '',
      '已完成',
      '100',
      '0',
      '是',
    ]);
    assert.deepEqual(
      rows.slice(1).map((r) => r[1]),
      analysis.plan.tasks.map((t) => t.id),
    );
    const brochureFollower = rows.find((r) => r[9]!.includes('FF'));
    assert.ok(brochureFollower, 'an FF dependency is written with its type and lag');
    assert.match(brochureFollower[9]!, /^brochure FF\+1d$/);
  });
});
