import type { ResourceBooking, ResourceLoadModel, ResourcePerson } from '../../../common/resourceLoad';

/**
 * Messages between the Resources panel (client/src/loadPanel.ts) and its webview. Both sides check
 * what they receive: the webview renders plan text, the host opens what the page asks for.
 */

/** The panel's words, in the UI language, from the host's l10n bundle. `{0}` and `{1}` are filled in. */
export interface LoadLabels {
  readonly day: string;
  readonly week: string;
  readonly month: string;
  readonly department: string;
  readonly allDepartments: string;
  readonly noDepartment: string;
  readonly overOnly: string;
  /** The legend: up to half, more, full, over capacity. */
  readonly half: string;
  readonly more: string;
  readonly full: string;
  readonly over: string;
  /** `{0} people` of a department row. */
  readonly people: string;
  /** `Peak {0} FTE of {1}` in a cell's card. */
  readonly peak: string;
  readonly capacity: string;
  readonly definedIn: string;
  /** `{0} weeks before and {1} after the two years shown are left out.` */
  readonly leftOut: string;
  readonly clickToReveal: string;
  /** `{0}` a month's name, `{1}` its year: `Mar 2026`, `2026年3月`. */
  readonly monthYear: string;
  /** Month names, January first, as the header writes them. */
  readonly months: readonly string[];
}

export interface LoadUpdateMessage {
  readonly type: 'update';
  readonly model: ResourceLoadModel;
  readonly labels: LoadLabels;
}

/** Nothing to draw (no plan, or no one booked), and why. */
export interface LoadEmptyMessage {
  readonly type: 'empty';
  readonly text: string;
}

export type ToLoadViewMessage = LoadUpdateMessage | LoadEmptyMessage;

export interface LoadReadyMessage {
  readonly type: 'ready';
}

/** A task in a plan: `plan` indexes the model's plans. */
export interface LoadTarget {
  readonly plan: number;
  readonly task: string;
}

/** Show the tasks of a clicked cell in their plans: one is opened, several are offered in a pick. */
export interface LoadRevealMessage {
  readonly type: 'reveal';
  readonly targets: readonly LoadTarget[];
}

export type FromLoadViewMessage = LoadReadyMessage | LoadRevealMessage;

function isRec(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v);
/** Grids span at most two years; a model past that is not the server's. */
const MAX_DAYS = 800;

function isBooking(v: unknown, plans: number, days: number): v is ResourceBooking {
  return (
    isRec(v) &&
    isInt(v['plan']) &&
    v['plan'] >= 0 &&
    v['plan'] < plans &&
    isStr(v['task']) &&
    (v['taskName'] === undefined || isStr(v['taskName'])) &&
    isNum(v['load']) &&
    isInt(v['from']) &&
    isInt(v['to']) &&
    v['from'] < v['to'] &&
    v['to'] > 0 &&
    v['from'] < days
  );
}

function isPerson(v: unknown, plans: number, days: number): v is ResourcePerson {
  if (!isRec(v) || !isStr(v['id']) || !isNum(v['capacity']) || !isStr(v['definedIn']) || (v['name'] !== undefined && !isStr(v['name']))) {
    return false;
  }
  const dept = v['department'];
  if (dept !== undefined && !(isRec(dept) && isStr(dept['id']) && (dept['name'] === undefined || isStr(dept['name'])))) {
    return false;
  }
  const runs = v['runs'];
  const bookings = v['bookings'];
  return Array.isArray(runs) && runs.length % 3 === 0 && runs.every(isNum) && Array.isArray(bookings) && bookings.every((b) => isBooking(b, plans, days));
}

export function isResourceLoadModel(v: unknown): v is ResourceLoadModel {
  if (!isRec(v) || !isStr(v['uri']) || !isStr(v['first']) || !/^\d{4}-\d{2}-\d{2}$/.test(v['first'])) {
    return false;
  }
  const days = v['days'];
  const plans = v['plans'];
  const left = v['left'];
  const people = v['people'];
  return (
    isInt(days) &&
    days > 0 &&
    days <= MAX_DAYS &&
    isStr(v['workdays']) &&
    v['workdays'].length === days &&
    isInt(v['statusDay']) &&
    isRec(left) &&
    isInt(left['before']) &&
    isInt(left['after']) &&
    Array.isArray(plans) &&
    plans.every((p) => isRec(p) && isStr(p['uri']) && isStr(p['name'])) &&
    Array.isArray(people) &&
    people.every((p) => isPerson(p, plans.length, days))
  );
}

const LABEL_KEYS: readonly (keyof LoadLabels)[] = [
  'day',
  'week',
  'month',
  'department',
  'allDepartments',
  'noDepartment',
  'overOnly',
  'half',
  'more',
  'full',
  'over',
  'people',
  'peak',
  'capacity',
  'definedIn',
  'leftOut',
  'clickToReveal',
  'monthYear',
];

function isLabels(v: unknown): v is LoadLabels {
  if (!isRec(v) || !LABEL_KEYS.every((k) => isStr(v[k]))) {
    return false;
  }
  const months = v['months'];
  return Array.isArray(months) && months.length === 12 && months.every(isStr);
}

export function isToLoadViewMessage(v: unknown): v is ToLoadViewMessage {
  if (!isRec(v)) {
    return false;
  }
  if (v['type'] === 'empty') {
    return isStr(v['text']);
  }
  return v['type'] === 'update' && isResourceLoadModel(v['model']) && isLabels(v['labels']);
}

export function isFromLoadViewMessage(v: unknown): v is FromLoadViewMessage {
  if (!isRec(v)) {
    return false;
  }
  if (v['type'] === 'ready') {
    return true;
  }
  const targets = v['targets'];
  return (
    v['type'] === 'reveal' &&
    Array.isArray(targets) &&
    targets.length > 0 &&
    targets.length <= MAX_TARGETS &&
    targets.every((t) => isRec(t) && isInt(t['plan']) && t['plan'] >= 0 && isStr(t['task']) && t['task'].length <= 1000)
  );
}

/** More tasks than anyone picks from in one cell. */
export const MAX_TARGETS = 100;
