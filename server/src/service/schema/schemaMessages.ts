import { MAX_DATE_ISO, MIN_DATE_ISO } from '../../../../common/dates';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { Path } from './issues';
import type { JsonType, Noun, PatternKind } from './schemaShapes';

/** The kind of map a key problem is in, named after the path that leads to it. */
export type Place =
  | 'root'
  | 'project'
  | 'calendar'
  | 'holiday'
  | 'scope'
  | 'goal'
  | 'department'
  | 'person'
  | 'phase'
  | 'task'
  | 'dependency'
  | 'raci'
  | 'assignment'
  | 'deliverable'
  | 'risk'
  | 'budget'
  | 'approval'
  | 'budgetItem'
  | 'meeting'
  | 'change'
  | 'rules';

const ITEM_PLACES: Readonly<Record<string, Place>> = {
  tasks: 'task',
  subtasks: 'task',
  people: 'person',
  departments: 'department',
  phases: 'phase',
  risks: 'risk',
  meetings: 'meeting',
  changes: 'change',
  depends_on: 'dependency',
  assignees: 'assignment',
  deliverables: 'deliverable',
  goals: 'goal',
  holidays: 'holiday',
  approvals: 'approval',
  items: 'budgetItem',
};

const MAP_PLACES: Readonly<Record<string, Place>> = {
  project: 'project',
  calendar: 'calendar',
  scope: 'scope',
  raci: 'raci',
  budget: 'budget',
  rules: 'rules',
};

/** The place of the map at `path`, or undefined for a map the plan format does not name. */
export function placeOf(path: Path): Place | undefined {
  const last = path[path.length - 1];
  if (last === undefined) {
    return 'root';
  }
  const parent = path[path.length - 2];
  return /^\d+$/.test(last) ? (parent !== undefined ? ITEM_PLACES[parent] : undefined) : MAP_PLACES[last];
}

/** The name a message uses for the value at `path`: its key, with the indexes of list items after it. */
export function fieldName(path: Path): string | undefined {
  let i = path.length;
  while (i > 0 && /^\d+$/.test(path[i - 1]!)) {
    i--;
  }
  return i === 0
    ? undefined
    : `${path[i - 1]}${path
        .slice(i)
        .map((n) => `[${n}]`)
        .join('')}`;
}

const EN_NOUNS: Readonly<Record<Noun, string>> = {
  id: 'an id',
  idList: 'a list of ids',
  duration: 'a duration like 3d or 2w',
  lag: 'a lag like 2d or -1d',
  time: 'a time range like 10:00-11:00',
  currency: 'a currency code like CNY',
  email: 'an email address',
  planPath: 'the path of a .xproj.yaml file',
  text: 'a text',
  date: 'a date like 2026-03-02',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  map: 'a map (key: value)',
  null: 'empty',
  value: 'a value',
};

const ZH_NOUNS: Readonly<Record<Noun, string>> = {
  id: 'ID',
  idList: 'ID 列表',
  duration: '形如 3d 或 2w 的工期',
  lag: '形如 2d 或 -1d 的延迟',
  time: '形如 10:00-11:00 的时间段',
  currency: '形如 CNY 的币种代码',
  email: '电子邮件地址',
  planPath: '.xproj.yaml 文件的路径',
  text: '文本',
  date: '形如 2026-03-02 的日期',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  list: '列表',
  map: '映射（键: 值）',
  null: '空值',
  value: '值',
};

const EN_PLACES: Readonly<Record<Place, string>> = {
  root: 'at the top level',
  project: 'in the project',
  calendar: 'in the calendar',
  holiday: 'in a holiday range',
  scope: 'in the scope',
  goal: 'in a goal',
  department: 'in a department',
  person: 'in a person',
  phase: 'in a phase',
  task: 'in a task',
  dependency: 'in a dependency',
  raci: 'in a RACI block',
  assignment: 'in an assignee',
  deliverable: 'in a deliverable',
  risk: 'in a risk',
  budget: 'in the budget',
  approval: 'in an approval level',
  budgetItem: 'in a budget item',
  meeting: 'in a meeting',
  change: 'in a change',
  rules: 'in the rules',
};

const ZH_PLACES: Readonly<Record<Place, string>> = {
  root: '顶层',
  project: '项目中',
  calendar: '工作日历中',
  holiday: '节假日区间中',
  scope: '项目范围中',
  goal: '目标中',
  department: '部门中',
  person: '人员中',
  phase: '阶段中',
  task: '任务中',
  dependency: '前置任务中',
  raci: 'RACI 中',
  assignment: '执行人中',
  deliverable: '交付物中',
  risk: '风险中',
  budget: '预算中',
  approval: '审批级别中',
  budgetItem: '预算项中',
  meeting: '会议中',
  change: '变更中',
  rules: '规则设置中',
};

const EN_PATTERNS: Readonly<Record<PatternKind, (v: string) => string>> = {
  id: (v) => `'${v}' is not a valid id: use letters, digits, '-', '_' and '.', without spaces.`,
  duration: (v) => `Expected a duration like 3d (working days) or 2w (weeks), not '${v}'.`,
  lag: (v) => `Expected a lag like 2d, -1d or 1w, not '${v}'.`,
  time: (v) => `Expected a time range like 10:00-11:00, not '${v}'.`,
  currency: (v) => `Expected a three-letter currency code like CNY, not '${v}'.`,
  email: (v) => `Expected an email address like name@example.com, not '${v}'.`,
  planPath: (v) => `Expected the path of a .xproj.yaml file, not '${v}'.`,
};

const ZH_PATTERNS: Readonly<Record<PatternKind, (v: string) => string>> = {
  id: (v) => `“${v}”不是有效的 ID：只能使用字母、数字和 -、_、.，不能有空格。`,
  duration: (v) => `应为形如 3d（工作日）或 2w（周）的工期，而不是“${v}”。`,
  lag: (v) => `应为形如 2d、-1d 或 1w 的延迟，而不是“${v}”。`,
  time: (v) => `应为形如 10:00-11:00 的时间段，而不是“${v}”。`,
  currency: (v) => `应为三个字母的币种代码（如 CNY），而不是“${v}”。`,
  email: (v) => `应为电子邮件地址（如 name@example.com），而不是“${v}”。`,
  planPath: (v) => `应为 .xproj.yaml 文件的路径，而不是“${v}”。`,
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Chinese typesetting puts a space between Han characters and Latin letters or digits. */
const spaced = (s: string): string => s.replace(/(\p{sc=Han})([\w-])/gu, '$1 $2').replace(/([\w-])(\p{sc=Han})/gu, '$1 $2');

function enList(items: readonly string[], last: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * Every schema message. A field is passed as its name, or undefined for the document itself;
 * scalar values arrive as display text, collections as undefined.
 */
export const schemaMessages = defineMessages(
  {
    field: (name: string | undefined) => (name === undefined ? 'the document' : `'${name}'`),
    noun: (noun: Noun, keys: readonly string[] | undefined) => (noun === 'map' && keys ? `a map {${keys.join(', ')}}` : EN_NOUNS[noun]),
    actual: (type: JsonType, shown: string | undefined) =>
      shown === undefined ? (type === 'array' ? 'a list' : 'a map') : type === 'string' ? `'${shown}'` : shown,
    either: (items: readonly string[]) => enList(items, 'or'),
    place: (place: Place | undefined, key: string | undefined) => (place ? EN_PLACES[place] : `in '${key ?? ''}'`),
    unknownKey: (key: string, where: string) => `Unknown key '${key}' ${where}.`,
    didYouMean: (suggestion: string) => ` Did you mean '${suggestion}'?`,
    allowedKeys: (keys: readonly string[]) => ` Allowed keys: ${keys.join(', ')}.`,
    missingKeys: (keys: readonly string[], where: string) =>
      `Missing required key${keys.length > 1 ? 's' : ''} ${enList(
        keys.map((k) => `'${k}'`),
        'and',
      )} ${where}.`,
    wrongType: (field: string, expected: string, actual: string) => `${cap(field)} must be ${expected}, not ${actual}.`,
    quoteIt: (value: string) => ` Write it in quotes ("${value}") to make it text.`,
    noValue: (field: string, expected: string) => `${cap(field)} has no value; expected ${expected}.`,
    notAllowed: (field: string, allowed: readonly string[]) =>
      allowed.length === 1 ? `${cap(field)} must be ${allowed[0]}.` : `${cap(field)} must be one of: ${allowed.join(', ')}.`,
    badDate: (value: string) => `Expected a date like 2026-03-02 (YYYY-MM-DD), not '${value}'.`,
    notADate: (value: string) => `${value} is not a real date: that day does not exist.`,
    dateOutOfRange: (value: string) => `${value} is outside the dates XProj supports, ${MIN_DATE_ISO} to ${MAX_DATE_ISO}.`,
    badFormat: (field: string, format: string) => `${cap(field)} is not a valid ${format}.`,
    badPattern: (kind: PatternKind | undefined, field: string, value: string, pattern: string) =>
      kind ? EN_PATTERNS[kind](value) : `${cap(field)} does not match the pattern ${pattern}.`,
    between: (field: string, min: number, max: number) => `${cap(field)} must be between ${min} and ${max}.`,
    atLeast: (field: string, min: number, exclusive: boolean) => `${cap(field)} must be ${exclusive ? 'greater than' : 'at least'} ${min}.`,
    atMost: (field: string, max: number, exclusive: boolean) => `${cap(field)} must be ${exclusive ? 'less than' : 'at most'} ${max}.`,
    duplicate: (value: string, list: string) => `${value} is listed twice in ${list}.`,
    tooShort: (field: string, limit: number, unit: 'chars' | 'items') =>
      limit <= 1 ? `${cap(field)} must not be empty.` : `${cap(field)} needs at least ${limit} ${unit === 'chars' ? 'characters' : 'items'}.`,
    invalid: (field: string, keyword: string) => `${cap(field)} is not valid here (${keyword}).`,
    tooManyAliases: () => 'Too many alias expansions to check this document against the schema (a possible "billion laughs" document).',
    unchecked: (detail: string) => `The document could not be checked against the schema: ${detail}`,
  },
  {
    field: (name) => (name === undefined ? '文档' : `“${name}”`),
    noun: (noun, keys) => (noun === 'map' && keys ? `映射 {${keys.join(', ')}}` : ZH_NOUNS[noun]),
    actual: (type, shown) => (shown === undefined ? (type === 'array' ? '列表' : '映射') : type === 'string' ? `“${shown}”` : shown),
    either: (items) => items.join('或'),
    place: (place, key) => (place ? ZH_PLACES[place] : `“${key ?? ''}”中`),
    unknownKey: (key, where) => `${where}未知的键“${key}”。`,
    didYouMean: (suggestion) => `是否应为“${suggestion}”？`,
    allowedKeys: (keys) => `可用的键：${keys.join('、')}。`,
    missingKeys: (keys, where) => `${where}缺少必填的键${keys.map((k) => `“${k}”`).join('、')}。`,
    wrongType: (field, expected, actual) => spaced(`${field}应为${expected}，而不是${actual}。`),
    quoteIt: (value) => `如需作为文本，请加引号（"${value}"）。`,
    noValue: (field, expected) => spaced(`${field}没有值，应为${expected}。`),
    notAllowed: (field, allowed) => (allowed.length === 1 ? `${field}必须为 ${allowed[0]}。` : `${field}必须是以下之一：${allowed.join('、')}。`),
    badDate: (value) => `应为形如 2026-03-02 的日期（YYYY-MM-DD），而不是“${value}”。`,
    notADate: (value) => `${value} 不是真实存在的日期：该月没有这一天。`,
    dateOutOfRange: (value) => `${value} 超出了 XProj 支持的日期范围（${MIN_DATE_ISO} 至 ${MAX_DATE_ISO}）。`,
    badFormat: (field, format) => `${field}不是有效的 ${format}。`,
    badPattern: (kind, field, value, pattern) => (kind ? ZH_PATTERNS[kind](value) : `${field}不符合格式 ${pattern}。`),
    between: (field, min, max) => `${field}必须在 ${min} 到 ${max} 之间。`,
    atLeast: (field, min, exclusive) => (exclusive ? `${field}必须大于 ${min}。` : `${field}不能小于 ${min}。`),
    atMost: (field, max, exclusive) => (exclusive ? `${field}必须小于 ${max}。` : `${field}不能大于 ${max}。`),
    duplicate: (value, list) => spaced(`${list}中${value}重复出现。`),
    tooShort: (field, limit, unit) => (limit <= 1 ? `${field}不能为空。` : `${field}至少需要 ${limit} ${unit === 'chars' ? '个字符' : '项'}。`),
    invalid: (field, keyword) => `${field}在此处无效（${keyword}）。`,
    tooManyAliases: () => '别名展开次数过多（可能是“十亿笑声”式文档），无法按 Schema 检查此文档。',
    unchecked: (detail) => `无法按 Schema 检查此文档：${detail}`,
  },
);

export type SchemaMessages = (typeof schemaMessages)[Locale];
