import type { CompletionItem } from 'vscode-languageserver-types';
import type { EntityKind } from '../../model/planModel';
import { choice, escapeSnippet, markdown, snippetItem, sortKey } from './itemTools';
import type { ItemRequest, Wrap } from './itemTools';

/** Beyond this many ids a choice list is harder to use than typing (and completing) the id. */
const MAX_CHOICES = 30;

interface Template {
  readonly kind: EntityKind;
  readonly label: (req: ItemRequest) => string;
  readonly doc: (req: ItemRequest) => string;
  /** The snippet's lines; `n` hands out tab-stop numbers in order. */
  readonly lines: (req: ItemRequest, tools: Tools) => string[];
}

interface Tools {
  /** A fresh id placeholder, `task-3`, unused by the plan. */
  id(prefix: string): string;
  placeholder(text: string): string;
  choice(values: readonly string[], fallback?: string): string;
  /** The values of an enum property of a definition, from the schema. */
  enumOf(definition: string, key: string): string[];
  ids(kind: 'person' | 'department'): string[];
}

const TEMPLATES: Readonly<Record<string, Template>> = {
  task: {
    kind: 'task',
    label: (r) => r.messages.newTask(),
    doc: (r) => r.messages.newTaskDoc(),
    lines: (r, t) => [
      `id: ${t.id('task')}`,
      `name: ${t.placeholder(r.messages.phTaskName())}`,
      `owner: ${t.choice(t.ids('person'))}`,
      `duration: ${t.placeholder('1d')}`,
      `depends_on: [${t.placeholder('')}]`,
      `status: ${t.choice(t.enumOf('task', 'status'))}`,
    ],
  },
  risk: {
    kind: 'risk',
    label: (r) => r.messages.newRisk(),
    doc: (r) => r.messages.newRiskDoc(),
    lines: (r, t) => [
      `id: ${t.id('risk')}`,
      `title: ${t.placeholder(r.messages.phRiskTitle())}`,
      `category: ${t.choice(t.enumOf('risk', 'category'))}`,
      `likelihood: ${t.choice(['1', '2', '3', '4', '5'])}`,
      `impact: ${t.choice(['1', '2', '3', '4', '5'])}`,
      `response: ${t.choice(t.enumOf('risk', 'response'))}`,
      `owner: ${t.choice(t.ids('person'))}`,
      `contingency: ${t.placeholder(r.messages.phContingency())}`,
    ],
  },
  meeting: {
    kind: 'meeting',
    label: (r) => r.messages.newMeeting(),
    doc: (r) => r.messages.newMeetingDoc(),
    lines: (r, t) => [
      `id: ${t.id('meeting')}`,
      `name: ${t.placeholder(r.messages.phMeetingName())}`,
      `cadence: ${t.choice(t.enumOf('meeting', 'cadence'))}`,
      `day: ${t.choice(t.enumOf('meeting', 'day'))}`,
      `time: "${t.placeholder('10:00-11:00')}"`,
      `chair: ${t.choice(t.ids('person'))}`,
      `participants: [${t.placeholder('all')}]`,
    ],
  },
  department: {
    kind: 'department',
    label: (r) => r.messages.newDepartment(),
    doc: (r) => r.messages.newDepartmentDoc(),
    lines: (r, t) => [
      `id: ${t.id('department')}`,
      `name: ${t.placeholder(r.messages.phDepartmentName())}`,
      `head: ${t.choice(t.ids('person'))}`,
      `liaison: ${t.choice(t.ids('person'))}`,
    ],
  },
  person: {
    kind: 'person',
    label: (r) => r.messages.newPerson(),
    doc: (r) => r.messages.newPersonDoc(),
    lines: (r, t) => [
      `id: ${t.id('person')}`,
      `name: ${t.placeholder(r.messages.phPersonName())}`,
      `department: ${t.choice(t.ids('department'))}`,
      `capacity: ${t.placeholder('1')}`,
    ],
  },
};

function tools(req: ItemRequest, kind: EntityKind): Tools {
  let n = 0;
  const symbols = req.analysis.symbols;
  return {
    id(prefix) {
      let i = 1;
      while (symbols.definitions(kind, `${prefix}-${i}`).length > 0) {
        i++;
      }
      return `\${${++n}:${prefix}-${i}}`;
    },
    placeholder(text) {
      return text ? `\${${++n}:${escapeSnippet(text)}}` : `\${${++n}}`;
    },
    choice(values, fallback) {
      return choice(++n, values.length <= MAX_CHOICES ? values : [], fallback);
    },
    enumOf(definition, key) {
      const node = req.schema.property(req.schema.definition(definition), key);
      return node ? req.schema.enumValues(node).map(String) : [];
    },
    ids(k) {
      return symbols.all(k).map((e) => e.id);
    },
  };
}

/**
 * A whole new list item for the lists of tasks, risks, meetings, departments and people, with
 * tab stops, choices from the schema and the plan, and a fresh id. Block style only: the item
 * spans lines, indented from the item's column.
 */
export function entitySnippets(req: ItemRequest, definition: string, wrap: Wrap): CompletionItem[] {
  const template = TEMPLATES[definition];
  if (!template || req.ctx.flow || wrap.brackets) {
    return [];
  }
  const column = req.ctx.column + (wrap.dash ? 2 : 0);
  const indent = ' '.repeat(column);
  const body = template.lines(req, tools(req, template.kind)).join(`\n${indent}`);
  const label = template.label(req);
  return [
    snippetItem(req, label, `${wrap.dash ? '- ' : ''}${body}`, {
      detail: definition,
      documentation: markdown(template.doc(req)),
      filterText: `${definition} ${label}`,
      sortText: sortKey(0, 0),
    }),
  ];
}
