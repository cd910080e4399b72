import type { Locale } from '../../l10n/localize';
import { formatDay, weekdayOf } from '../../../../../common/dates';
import { renderMeeting } from './standardMeetings';
import { TEMPLATE_STRINGS } from './templateStrings';
import type { RoleKey, TemplateStrings } from './templateStrings';
import { CAPACITY, DEPARTMENT_IDS, PHASES, RISKS, ROLES, WBS } from './templateSpec';
import type { TaskSpec } from './templateSpec';
import { flowList, quoteScalar } from '../../utils/yamlScalars';

/** The first Monday after the status date: a plan starts at the beginning of a week. */
export function templateStart(statusDate: number): number {
  return statusDate + ((8 - weekdayOf(statusDate)) % 7 || 7);
}

/** A whole plan following the rule books' fill-in template; it checks without errors or warnings. */
export function planTemplate(statusDate: number, locale: Locale, eol = '\n'): string {
  const s = TEMPLATE_STRINGS[locale];
  const start = templateStart(statusDate);
  // Nine weeks of work end on the Friday of week 9; the target end leaves a week's margin.
  const end = formatDay(start + 67);
  const review = formatDay(start + 14);
  const person = (role: RoleKey): string => s.people[role].id;
  const q = quoteScalar;
  const lines: string[] = [
    ...s.header.map((h) => `# ${h}`),
    '',
    'xproj: 1',
    '',
    `# ${s.sections.charter}`,
    'project:',
    '  id: new-project',
    `  name: ${q(s.project.name)}`,
    `  background: ${q(s.project.background)}`,
    `  goals:  # ${s.comments.goals}`,
    ...s.project.goals.map((g) => `    - {text: ${q(g.text)}, measure: ${q(g.measure)}, deadline: ${end}}`),
    '  scope:',
    `    in: ${flowList(s.project.scopeIn)}`,
    `    out: ${flowList(s.project.scopeOut)}`,
    `  success_criteria: ${flowList(s.project.success)}`,
    `  owner: ${person('owner')}  # ${s.comments.owner}`,
    `  manager: ${person('manager')}  # ${s.comments.manager}`,
    `  sponsor: ${person('sponsor')}  # ${s.comments.sponsor}`,
    `  start: ${formatDay(start)}`,
    `  end: ${end}`,
    `  # status_date: ${formatDay(start)}  # ${s.comments.statusDate}`,
    '  calendar:',
    '    workdays: [mon, tue, wed, thu, fri]',
    `    holidays: []  # ${s.comments.holidays}`,
    `  escalation: [department, manager, owner]  # ${s.comments.escalation}`,
    '',
    `# ${s.sections.organisation}`,
    'departments:',
    ...ROLES.map((r) => `  - {id: ${DEPARTMENT_IDS[r]}, name: ${q(s.departments[r])}, head: ${person(r)}, liaison: ${person(r)}}`),
    'people:',
    ...ROLES.map((r) => {
      const p = s.people[r];
      const capacity = CAPACITY[r] !== undefined ? `, capacity: ${CAPACITY[r]}` : '';
      return `  - {id: ${p.id}, name: ${q(p.name)}, department: ${DEPARTMENT_IDS[r]}, role: ${q(p.role)}${capacity}}`;
    }),
    '',
    `# ${s.sections.phases}`,
    'phases:',
    ...PHASES.map((p) => `  - {id: ${p}, name: ${q(s.phases[p])}}`),
    '',
    `# ${s.sections.wbs}`,
    `# RACI: ${s.comments.raci}`,
    'tasks:',
    ...WBS.flatMap((t) => taskLines(t, 1, s)),
    '',
    `# ${s.sections.risks}`,
    'risks:',
    ...RISKS.flatMap((r) => [
      `  - id: ${r.key}`,
      `    title: ${q(s.risks[r.key].title)}`,
      `    category: ${r.category}`,
      `    likelihood: ${r.likelihood}`,
      `    impact: ${r.impact}`,
      `    response: ${r.response}`,
      `    owner: ${person(r.owner)}`,
      `    contingency: ${q(s.risks[r.key].contingency)}`,
      `    affects: ${r.affects}`,
      '    status: open',
      `    next_review: ${review}`,
    ]),
    '',
    `# ${s.sections.budget}`,
    'budget:',
    '  currency: CNY',
    '  total: 100000',
    '  approvals:',
    '    - {up_to: 10000, approver: department-head}',
    '    - {up_to: 100000, approver: finance}',
    '    - {approver: owner}',
    '  items:',
    `    - {id: kickoff-venue, name: ${q(s.budget['kickoff-venue'])}, amount: 5000, task: kickoff, approved_by: department-head}`,
    `    - {id: collaboration-tools, name: ${q(s.budget['collaboration-tools'])}, amount: 18000, task: work-package-b, approved_by: finance}`,
    '',
    `# ${s.sections.meetings}`,
    'meetings:',
    ...(['weekly', 'standup', 'briefing', 'emergency'] as const).map(
      (id) => `  - ${renderMeeting(id, { chair: person('manager'), executives: [person('owner'), person('sponsor')] }, locale)}`,
    ),
    '',
    `# ${s.sections.changes}`,
    `# ${s.changesExample}`,
    'changes: []',
  ];
  return lines.join(eol) + eol;
}

function taskLines(t: TaskSpec, depth: number, s: TemplateStrings): string[] {
  const pad = '  '.repeat(depth * 2 - 1);
  const person = (role: RoleKey): string => s.people[role].id;
  const text = s.tasks[t.key];
  const out = [`${pad}- id: ${t.key}`, `${pad}  name: ${quoteScalar(text.name)}`];
  const field = (line: string): void => {
    out.push(`${pad}  ${line}`);
  };
  if (t.phase) {
    field(`phase: ${t.phase}`);
  }
  if (t.milestone) {
    field('milestone: true');
  }
  field(`owner: ${person(t.owner)}`);
  field(`department: ${DEPARTMENT_IDS[t.owner]}`);
  if (t.depends) {
    field(`depends_on: [${t.depends.join(', ')}]`);
  }
  if (t.duration) {
    field(`duration: ${t.duration}`);
  }
  if (text.deliverables) {
    field(`deliverables: ${flowList(text.deliverables)}`);
  }
  if (t.tracked) {
    field('status: not-started');
    field('progress: 0');
  }
  if (t.raci) {
    const parts = [`R: [${t.raci.R.map(person).join(', ')}]`, `A: ${person(t.raci.A)}`];
    for (const letter of ['C', 'I'] as const) {
      const roles = t.raci[letter];
      if (roles) {
        parts.push(`${letter}: [${roles.map((r) => DEPARTMENT_IDS[r]).join(', ')}]`);
      }
    }
    field(`raci: {${parts.join(', ')}}`);
  }
  if (t.assignees) {
    field(`assignees: [${t.assignees.map(([r, load]) => `{person: ${person(r)}, load: ${load}}`).join(', ')}]`);
  }
  if (t.subtasks) {
    field('subtasks:');
    out.push(...t.subtasks.flatMap((c) => taskLines(c, depth + 1, s)));
  }
  return out;
}
