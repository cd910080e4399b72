import { CompletionItemKind } from 'vscode-languageserver-types';
import type { CompletionItem } from 'vscode-languageserver-types';
import type { Entity, RefAccept, Task } from '../../model/planModel';
import { APPROVER_ROLES, ESCALATION_ROLES } from '../../symbols/roles';
import { formatDay } from '../../../../../common/dates';
import { contains } from '../symbolAt';
import { taskAt, tasksClosingCycle } from './dependencyGuard';
import { markdown, sortKey, textItem, wrapText } from './itemTools';
import type { ItemRequest, Wrap } from './itemTools';
import type { CompletionMessages } from './messages';
import type { SchemaTarget } from './schemaPath';
import { quoteScalar } from '../../utils/yamlScalars';

const PEOPLE_OR_DEPARTMENTS: readonly RefAccept[] = ['person', 'department'];
const ROLE_PERSON_DEPARTMENT: readonly RefAccept[] = ['role', 'person', 'department'];

/** Which ids each reference field takes, by `<mapping>.<key>`, as the plan builder resolves them. */
const REFERENCE_FIELDS: Readonly<Record<string, readonly RefAccept[]>> = {
  'project.owner': ['person'],
  'project.manager': ['person'],
  'project.sponsor': PEOPLE_OR_DEPARTMENTS,
  'project.escalation': ROLE_PERSON_DEPARTMENT,
  'department.head': ['person'],
  'department.liaison': ['person'],
  'person.department': ['department'],
  'task.phase': ['phase'],
  'task.owner': ['person'],
  'task.department': ['department'],
  'task.depends_on': ['task'],
  'task.assignees': ['person'],
  'dependency.task': ['task'],
  'assignment.person': ['person'],
  'raci.R': PEOPLE_OR_DEPARTMENTS,
  'raci.A': PEOPLE_OR_DEPARTMENTS,
  'raci.C': PEOPLE_OR_DEPARTMENTS,
  'raci.I': PEOPLE_OR_DEPARTMENTS,
  'risk.owner': ['person'],
  'risk.affects': ['task'],
  'approvalLevel.approver': ROLE_PERSON_DEPARTMENT,
  'budgetItem.task': ['task'],
  'budgetItem.approved_by': ROLE_PERSON_DEPARTMENT,
  'meeting.chair': ['person'],
  'meeting.participants': ['all', 'person', 'department'],
  'change.requested_by': PEOPLE_OR_DEPARTMENTS,
  'change.approved_by': ['person', 'role'],
};

/** The field name (`task.depends_on`) when the schema target is a reference field. */
export function referenceField(target: SchemaTarget | undefined): string | undefined {
  const field = target?.owner !== undefined && target.key !== undefined ? `${target.owner}.${target.key}` : undefined;
  return field !== undefined && field in REFERENCE_FIELDS ? field : undefined;
}

function roleText(role: string, req: ItemRequest): string {
  const m = req.messages;
  const project = req.analysis.plan.project;
  const holder = (id: string | undefined): string => (id === undefined ? '' : m.holder(id));
  switch (role) {
    case 'department-head':
      return m.roleDepartmentHead();
    case 'finance':
      return m.roleFinance();
    case 'manager':
      return m.roleManager(holder(project?.manager?.id));
    case 'owner':
      return m.roleOwner(holder(project?.owner?.id));
    case 'sponsor':
      return m.roleSponsor(holder(project?.sponsor?.id));
    case 'department':
      return m.roleDepartment();
    default:
      return m.roleCommittee();
  }
}

/** Ids the field must not offer: those already in the list and, for dependencies, any that would close a cycle. */
function excludedIds(req: ItemRequest, field: string): Set<string> {
  const excluded = new Set(req.ctx.listedValues());
  if (field !== 'task.depends_on' && field !== 'dependency.task') {
    return excluded;
  }
  const depth = req.ctx.path.lastIndexOf('depends_on');
  const task = taskAt(req.analysis, depth >= 0 ? req.ctx.fieldAt(depth, 'id') : undefined, req.offset);
  if (!task) {
    return excluded;
  }
  for (const d of task.dependsOn) {
    if (!contains(d.task.span, req.offset)) {
      excluded.add(d.task.id);
    }
  }
  for (const t of tasksClosingCycle(req.analysis, task)) {
    excluded.add(t.id);
  }
  return excluded;
}

function entityDetail(entity: Entity, req: ItemRequest, m: CompletionMessages): string | undefined {
  const symbols = req.analysis.symbols;
  const name = entity.name?.value;
  const departmentName = (id: string | undefined): string | undefined => (id === undefined ? undefined : (symbols.department(id)?.name?.value ?? id));
  let extra: string | undefined;
  switch (entity.kind) {
    case 'person':
      extra = departmentName(entity.department?.id);
      break;
    case 'department':
      extra = m.department();
      break;
    case 'phase':
      extra = m.phase();
      break;
    case 'task':
      extra = entity.milestone ? m.milestone() : departmentName(entity.department?.id);
      break;
    default:
      break;
  }
  const parts = [name, extra].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function entityDoc(entity: Entity, req: ItemRequest): string | undefined {
  if (entity.kind === 'task') {
    const s = req.analysis.schedule.tasks.get(entity as Task);
    return s ? req.messages.scheduled(formatDay(s.start), formatDay(s.end)) : undefined;
  }
  if (entity.kind === 'person') {
    return [entity.role?.value, req.messages.capacity(entity.capacity)].filter(Boolean).join(' · ');
  }
  return undefined;
}

const KIND: Readonly<Record<string, CompletionItemKind>> = {
  person: CompletionItemKind.Reference,
  department: CompletionItemKind.Class,
  phase: CompletionItemKind.Module,
  task: CompletionItemKind.Event,
};

/** Ids for a reference field, in the order the field resolves them, each replacing the id being typed. */
export function idItems(req: ItemRequest, field: string, wrap: Wrap): CompletionItem[] {
  const accepts = REFERENCE_FIELDS[field] ?? [];
  const excluded = excludedIds(req, field);
  const items: CompletionItem[] = [];
  const m = req.messages;
  accepts.forEach((accept, group) => {
    if (accept === 'role') {
      const words = field === 'project.escalation' ? ESCALATION_ROLES : APPROVER_ROLES;
      words.forEach((word, i) => {
        if (!excluded.has(word)) {
          items.push(
            textItem(req, word, wrapText(word, wrap), {
              kind: CompletionItemKind.Keyword,
              detail: `${m.role()} · ${roleText(word, req)}`,
              sortText: sortKey(group, i),
            }),
          );
        }
      });
      return;
    }
    if (accept === 'all') {
      if (!excluded.has('all')) {
        items.push(textItem(req, 'all', wrapText('all', wrap), { kind: CompletionItemKind.Keyword, detail: m.everyone(), sortText: sortKey(group, 0) }));
      }
      return;
    }
    if (accept === 'risk') {
      return;
    }
    req.analysis.symbols.all(accept).forEach((entity: Entity, i) => {
      if (excluded.has(entity.id)) {
        return;
      }
      const name = entity.name?.value;
      const detail = entityDetail(entity, req, m);
      items.push(
        textItem(req, entity.id, wrapText(quoteScalar(entity.id), wrap), {
          kind: KIND[entity.kind],
          detail,
          // People read names, the file holds ids: the list shows both on one line
          // ("chen-jianguo 陈建国 · 教学部"), and typing either finds it (filterText).
          ...(detail !== undefined ? { labelDetails: { detail: ` ${detail}` } } : {}),
          documentation: markdown(entityDoc(entity, req)),
          filterText: name ? `${entity.id} ${name}` : entity.id,
          sortText: sortKey(group, i),
        }),
      );
    });
  });
  return items;
}
