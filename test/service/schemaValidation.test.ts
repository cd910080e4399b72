import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import schema from '../../schemas/xproj.schema.json';
import type { Locale } from '../../server/src/service/l10n/localize';
import { parseYaml } from '../../server/src/service/parser/yamlParser';
import type { Problem } from '../../server/src/service/model/problems';
import { yamlData } from '../../server/src/service/schema/yamlData';
import { SchemaValidation } from '../../server/src/service/schema/schemaValidation';
import { check, findings, spansOf } from '../helpers/plan';

/** Runs the schema check alone, as [covered text, 1-based line, message]. */
function validate(text: string, locale: Locale = 'en', against: object = schema): [string, number, string][] {
  const doc = parseYaml(text).document!;
  return new SchemaValidation(against).validate(doc, locale).map((p) => [cover(text, p), lineOf(text, p), p.message]);
}

function cover(text: string, p: Problem): string {
  return text.slice(p.span.offset, p.span.offset + p.span.length);
}

function lineOf(text: string, p: Problem): number {
  return text.slice(0, p.span.offset).split('\n').length;
}

const plan = (...lines: string[]): string => ['xproj: 1', ...lines, ''].join('\n');

interface Case {
  readonly name: string;
  readonly text: string;
  /** [covered text, line, message] of every schema problem, in document order. */
  readonly expect: readonly [string, number, string][];
}

const MAPPING: readonly Case[] = [
  {
    name: 'an unknown key lands on the key, with a suggestion',
    text: plan('tasks:', '  - id: t', '    ownr: li-si'),
    expect: [['ownr', 4, "Unknown key 'ownr' in a task. Did you mean 'owner'?"]],
  },
  {
    name: 'a wrong type lands on the value',
    text: plan('tasks:', '  - id: t', '    milestone: maybe'),
    expect: [['maybe', 4, "'milestone' must be true or false, not 'maybe'."]],
  },
  {
    name: 'a number where an id belongs, with a hint to quote it',
    text: plan('tasks:', '  - id: 1'),
    expect: [['1', 3, '\'id\' must be an id, not 1. Write it in quotes ("1") to make it text.']],
  },
  {
    name: 'a wrong type on a block map lands on its key, not on the whole block',
    text: plan('project:', '  - id: p', '  - name: P'),
    expect: [['project', 2, "'project' must be a map (key: value), not a list."]],
  },
  {
    name: 'an empty value lands on its key',
    text: plan('tasks:', '  - id: t', '    owner:'),
    expect: [['owner', 4, "'owner' has no value; expected an id."]],
  },
  {
    name: 'missing keys land on the key of the map, merged into one problem',
    text: plan('project:', '  owner: li-si'),
    expect: [['project', 2, "Missing required keys 'id', 'name' and 'start' in the project."]],
  },
  {
    name: 'a missing key of a list item lands on its first key',
    text: plan('tasks:', '  - name: 启动会', '    owner: li-si'),
    expect: [['name', 3, "Missing required key 'id' in a task."]],
  },
  {
    name: 'a missing top-level key lands on the first key of the document',
    text: 'tasks: []\n',
    expect: [['tasks', 1, "Missing required key 'xproj' at the top level."]],
  },
  {
    name: 'a misspelt required key is reported once, as the unknown key',
    text: plan('tasks:', '  - {ide: t}'),
    expect: [['ide', 3, "Unknown key 'ide' in a task. Did you mean 'id'?"]],
  },
  {
    name: 'a bad enum value lands on the value, with a suggestion',
    text: plan('tasks:', '  - id: t', '    status: in_progress'),
    expect: [['in_progress', 4, "'status' must be one of: not-started, in-progress, blocked, done, cancelled. Did you mean 'in-progress'?"]],
  },
  {
    name: 'a date that is not YYYY-MM-DD',
    text: plan('project: {id: p, name: P, start: 2026-3-2}'),
    expect: [['2026-3-2', 2, "Expected a date like 2026-03-02 (YYYY-MM-DD), not '2026-3-2'."]],
  },
  {
    name: 'a date that does not exist in the calendar',
    text: plan('project: {id: p, name: P, start: 2026-02-30}'),
    expect: [['2026-02-30', 2, '2026-02-30 is not a real date: that day does not exist.']],
  },
  {
    name: 'years 0001 to 0099 are real years; 0000 is outside the supported range',
    text: plan('project: {id: p, name: P, start: 0001-01-01, end: 0099-12-31, status_date: 0000-06-01}'),
    expect: [['0000-06-01', 2, '0000-06-01 is outside the dates XProj supports, 0001-01-01 to 9999-12-31.']],
  },
  {
    name: 'a day that does not exist in the year 0000 is not a real date first',
    text: plan('project: {id: p, name: P, start: 0000-02-30, end: 9999-12-31}'),
    expect: [['0000-02-30', 2, '0000-02-30 is not a real date: that day does not exist.']],
  },
  {
    name: 'an id with a space',
    text: plan('people:', '  - id: zhang san'),
    expect: [['zhang san', 3, "'zhang san' is not a valid id: use letters, digits, '-', '_' and '.', without spaces."]],
  },
  {
    name: 'ids in any script are fine',
    text: plan('people:', '  - {id: 张三, name: 张三}', '  - {id: Ünal.K_2, name: Ü}', '  - {id: ब्रह्म, name: B}'),
    expect: [],
  },
  {
    name: 'a problem deep in the subtasks lands on its own line',
    text: plan('tasks:', '  - id: a', '    subtasks:', '      - id: b', '        subtasks:', '          - id: c', '            progress: 120'),
    expect: [['120', 8, "'progress' must be between 0 and 100."]],
  },
  {
    name: 'a dependency map with a bad link type',
    text: plan('tasks:', '  - id: a', '  - id: b', '    depends_on: [a, {task: a, type: XX}]'),
    expect: [['XX', 5, "'type' must be one of: FS, SS, FF, SF."]],
  },
  {
    name: 'a value that fits no alternative is one problem, not one per alternative',
    text: plan('tasks:', '  - id: t', '    depends_on: [3, [x]]'),
    expect: [
      ['3', 4, '\'depends_on[0]\' must be an id or a map {task, type, lag}, not 3. Write it in quotes ("3") to make it text.'],
      ['[x]', 4, "'depends_on[1]' must be an id or a map {task, type, lag}, not a list."],
    ],
  },
  {
    name: "a value that fits one alternative by type gets only that alternative's problems",
    text: plan('tasks:', '  - id: t', '    duration: 3 days', '    depends_on: [{task: a, lag: true}, {task: b, lag: 2x}]'),
    expect: [
      ['3 days', 4, "Expected a duration like 3d (working days) or 2w (weeks), not '3 days'."],
      ['true', 5, "'lag' must be a whole number or a lag like 2d or -1d, not true."],
      ['2x', 5, "Expected a lag like 2d, -1d or 1w, not '2x'."],
    ],
  },
  {
    name: 'a list of Accountables is not a schema problem (raci-multiple-accountable reports it)',
    text: plan('tasks:', '  - id: t', '    raci: {R: li-si, A: [li-si, wang-wu], C: [finance], I: all}'),
    expect: [],
  },
  {
    name: 'unknown keys containing / and ~',
    text: plan('rules: {"a/b": off, "c~d": error, missingOwner: warning}'),
    expect: [
      ['"a/b"', 2, "Unknown key 'a/b' in the rules."],
      ['"c~d"', 2, "Unknown key 'c~d' in the rules."],
      ['missingOwner', 2, "Unknown key 'missingOwner' in the rules. Did you mean 'missing-owner'?"],
    ],
  },
  {
    name: 'a repeated weekday lands on the repetition',
    text: plan('project:', '  id: p', '  name: P', '  start: 2026-03-02', '  calendar: {workdays: [mon, tue, mon]}'),
    expect: [['mon', 6, "'mon' is listed twice in 'workdays'."]],
  },
  {
    name: 'problems inside an alias land on the anchor and on each alias',
    text: plan('tasks:', '  - &t {id: a, status: bad}', '  - *t'),
    expect: [
      ['bad', 3, "'status' must be one of: not-started, in-progress, blocked, done, cancelled."],
      ['*t', 4, "'status' must be one of: not-started, in-progress, blocked, done, cancelled."],
    ],
  },
];

describe('schema validation: where problems land', () => {
  for (const c of MAPPING) {
    it(c.name, () => {
      assert.deepEqual(validate(c.text), c.expect);
    });
  }

  it('decodes ~1 and ~0 in paths to find keys with / and ~', () => {
    const custom = {
      type: 'object',
      properties: { 'a/b': { type: 'object', properties: { 'c~d': { type: 'integer' }, '~1': { type: 'integer' } } } },
    };
    assert.deepEqual(validate('a/b:\n  c~d: x\n  "~1": y\n', 'en', custom), [
      ['x', 2, "'c~d' must be a whole number, not 'x'."],
      ['y', 3, "'~1' must be a whole number, not 'y'."],
    ]);
  });

  it('reports through the language service with code schema and severity error', () => {
    const a = check(plan('tasks:', '  - id: t', '    ownr: li-si'));
    assert.deepEqual(spansOf(a, 'schema'), [['ownr', 4]]);
    assert.equal(findings(a, 'schema')[0]!.severity, 'error');
  });

  it('gives quick fixes what they need in data', () => {
    const doc = parseYaml(plan('tasks:', '  - id: t', '    ownr: x', '    status: don')).document!;
    const [unknown, bad] = new SchemaValidation(schema).validate(doc, 'en');
    assert.deepEqual(unknown!.data, {
      kind: 'unknown-key',
      path: '/tasks/0',
      key: 'ownr',
      allowed: Object.keys(schema.definitions.task.properties) as string[],
      suggestion: 'owner',
    });
    assert.deepEqual(bad!.data, {
      kind: 'not-allowed',
      path: '/tasks/0/status',
      allowed: ['not-started', 'in-progress', 'blocked', 'done', 'cancelled'],
      suggestion: 'done',
    });
  });

  it('suggests keys for Chinese key names', () => {
    assert.deepEqual(validate(plan('tasks:', '  - id: t', '    负责人: li-si', '    工期: 3d')), [
      ['负责人', 4, "Unknown key '负责人' in a task. Did you mean 'owner'?"],
      ['工期', 5, "Unknown key '工期' in a task. Did you mean 'duration'?"],
    ]);
  });
});

describe('schema validation: Chinese messages', () => {
  it('says the same things in Simplified Chinese', () => {
    const text = plan(
      'project: {name: P, start: 2026-02-30}',
      'tasks:',
      '  - id: t',
      '    ownr: x',
      '    status: in_progress',
      '    depends_on: [3]',
      '    milestone: maybe',
      'risks: [{id: r, likelihood: 7}]',
    );
    assert.deepEqual(validate(text, 'zh-cn'), [
      ['project', 2, '项目中缺少必填的键“id”。'],
      ['2026-02-30', 2, '2026-02-30 不是真实存在的日期：该月没有这一天。'],
      ['ownr', 5, '任务中未知的键“ownr”。是否应为“owner”？'],
      ['in_progress', 6, '“status”必须是以下之一：not-started、in-progress、blocked、done、cancelled。是否应为“in-progress”？'],
      ['3', 7, '“depends_on[0]”应为 ID 或映射 {task, type, lag}，而不是 3。如需作为文本，请加引号（"3"）。'],
      ['maybe', 8, '“milestone”应为 true 或 false，而不是“maybe”。'],
      ['7', 9, '“likelihood”必须在 1 到 5 之间。'],
    ]);
  });

  it('is picked by the service locale', () => {
    const a = check(plan('tasks:', '  - id: t', '    ownr: x'), { locale: 'zh-CN' });
    assert.deepEqual(
      findings(a, 'schema').map((f) => f.message),
      ['任务中未知的键“ownr”。是否应为“owner”？'],
    );
  });
});

describe('schema validation: hostile documents', () => {
  const bomb = (): string => {
    const lines = ['xproj: 1', 'tasks:', '  - &a0 {id: x, name: x}'];
    for (let i = 1; i < 16; i++) {
      lines.push(
        `  - &a${i} {id: x${i}, subtasks: [${Array(8)
          .fill(`*a${i - 1}`)
          .join(', ')}]}`,
      );
    }
    return lines.join('\n') + '\n';
  };

  it('refuses an alias bomb with one problem on an alias, without expanding it', () => {
    const text = bomb();
    // Expanded, the bomb would be 8^15 tasks: this call would not return.
    const problems = validate(text);
    assert.equal(problems.length, 1);
    const [covers, , message] = problems[0]!;
    assert.match(covers, /^\*a\d+$/);
    assert.match(message, /Too many alias expansions/);
  });

  it('lets real reuse through: one anchored person named in 500 tasks', () => {
    const tasks = Array.from({ length: 500 }, (_, i) => `  - {id: t${i}, owner: *pm}`);
    assert.deepEqual(validate(['xproj: 1', 'people: [{id: &pm li-si}]', 'tasks:', ...tasks, ''].join('\n')), []);
  });

  it('survives an alias to its own anchor', () => {
    const problems = validate('xproj: 1\ntasks: &a [*a]\n');
    assert.ok(problems.length >= 1);
  });

  it("reads the same data as yaml's toJS", () => {
    const text = [
      'xproj: 1',
      'a: &x {k: [1, 2.5, true, null, "s", 2026-03-02]}',
      'b: *x',
      '1: number key',
      'null: null key',
      '__proto__: {polluted: true}',
      'c: |',
      '  block',
      '',
    ].join('\n');
    const doc = parseYaml(text).document!;
    const data = yamlData(doc, 1000);
    assert.deepEqual(data, doc.toJS());
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('reports a complex key as an unknown key, on the key', () => {
    assert.deepEqual(validate('xproj: 1\n? [complex, key]\n: v\n'), [['[complex, key]', 2, 'Unknown key \'["complex","key"]\' at the top level.']]);
  });
});

/** The "Shape (minimum)" example of the format contract, verbatim. */
const CONTRACT_SHAPE = `xproj: 1                         # format version, required
project:
  id: crm-rollout                # required
  name: 客户管理系统上线            # required
  owner: zhang-san               # 项目总负责人, person id
  manager: li-si                 # 项目经理, person id
  sponsor: market                # person or department id
  start: 2026-03-02              # required
  end: 2026-05-29                # target end (deadline)
  status_date: 2026-03-20        # optional "today" for status checks; else the real date
  calendar:
    workdays: [mon, tue, wed, thu, fri]        # default
    holidays: [2026-04-06, {from: 2026-05-01, to: 2026-05-05}]
  escalation: [department, manager, owner]     # 部门内解决 → 项目经理协调 → 总负责人决策
departments:
  - {id: market, name: 市场部, head: wang-wu, liaison: zhao-liu}
people:
  - {id: zhang-san, name: 张三, department: gm-office, capacity: 1}   # capacity in FTE, default 1
phases:
  - {id: initiation, name: 启动阶段}
tasks:
  - id: kickoff
    name: 召开项目启动会
    phase: initiation
    owner: li-si                 # 责任人: a person id
    department: pmo
    start: 2026-03-02            # optional fixed start
    duration: 1d                 # working days (d), or weeks (w: the calendar's working days in a week, 5 by default); or \`end:\` instead
    depends_on: [charter, {task: budget, type: FS, lag: 2d}]   # type FS (default) | SS | FF | SF
    milestone: false             # a milestone has no duration
    deliverables: [项目章程]
    status: not-started          # not-started | in-progress | blocked | done | cancelled
    progress: 0                  # percent
    raci: {R: [li-si], A: zhang-san, C: [finance], I: [teaching]}   # people or department ids
    assignees: [li-si, {person: wang-wu, load: 0.5}]   # who does the work, load in FTE (default 1)
    subtasks: []                 # the WBS: tasks nest
risks:
  - id: staff-turnover
    title: 关键人员变动
    category: personnel          # business | technical | personnel | market | legal | schedule | budget | other
    likelihood: 3                # 1..5
    impact: 4                    # 1..5; score = likelihood × impact; high when score >= 15
    response: mitigate           # avoid | mitigate | transfer | accept
    owner: li-si
    contingency: 备岗人员名单      # 应急预案
    affects: [kickoff]
    status: open                 # open | closed | occurred
    next_review: 2026-03-16
budget:
  currency: CNY
  total: 500000
  approvals:                     # ordered by amount: the first level whose up_to covers the item is required
    - {up_to: 10000, approver: department-head}
    - {up_to: 100000, approver: finance}
    - {approver: owner}
  items:
    - {id: venue, name: 场地租赁, amount: 20000, task: kickoff, approved_by: finance}
meetings:
  - {id: weekly, name: 项目周例会, cadence: weekly, day: mon, time: "10:00-11:00", chair: li-si, participants: [all]}
changes:
  - {id: CR-1, date: 2026-03-18, summary: 延后上线, requested_by: li-si, approved_by: zhang-san, status: approved, affects: [launch]}
`;

describe('schema validation: the contract and the domain fit', () => {
  it('accepts the Shape example of the format contract', () => {
    assert.deepEqual(validate(CONTRACT_SHAPE), []);
    assert.deepEqual(spansOf(check(CONTRACT_SHAPE), 'schema'), []);
  });

  it('accepts the charter, deliverable, people and meeting fields of the domain', () => {
    const text = plan(
      'project:',
      '  id: spring',
      '  name: 春季招生',
      '  start: 2026-03-02',
      '  description: 春季招生活动',
      '  background: 去年报名人数下降',
      '  goals: [报名 300 人, {text: 转化率 20%, measure: 缴费人数 / 咨询人数, deadline: 2026-05-31}]',
      '  scope: {in: [线上推广], out: [校区装修]}',
      '  success_criteria: [按期开班]',
      'people:',
      '  - {id: li-si, name: 李四, role: 项目经理, email: li.si@example.com, capacity: 0.5}',
      'tasks:',
      '  - id: ads',
      '    description: 投放广告',
      '    notes: 预算已批',
      '    deliverables: [投放计划, {name: 投放报告, acceptance: 市场部经理签字}]',
      'risks:',
      '  - {id: r1, title: 竞品降价, trigger: 竞品发布促销, affects: [ads]}',
      'meetings:',
      '  - {id: standup, name: 站会, cadence: daily, time: "09:00 - 09:10", form: 线上, participants: [li-si]}',
      'changes:',
      '  - {id: CR-1, summary: 延期, reason: 场地冲突, impact: 延后一周, status: requested}',
      'rules: {overdue: off, overallocation: error}',
    );
    assert.deepEqual(validate(text), []);
  });
});
