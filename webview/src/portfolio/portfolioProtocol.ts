import type { PortfolioMilestone, PortfolioModel, PortfolioPhase, PortfolioRow } from '../../../common/portfolioModel';

/**
 * Messages between the Portfolio panel (client/src/portfolioPanel.ts) and its webview. Both sides
 * check what they receive: the webview renders plan text, the host opens what the page asks for.
 */

/** The panel's words, in the UI language, from the host's l10n bundle. `{0}` is filled in. */
export interface PortfolioLabels {
  /** `{0} errors` and `{0} warnings` badges; `1 error` and `1 warning` for one. */
  readonly errors: string;
  readonly warnings: string;
  readonly oneError: string;
  readonly oneWarning: string;
  /** `{0} critical` badge: open tasks on the critical path. */
  readonly critical: string;
  readonly late: string;
  readonly unreliable: string;
  readonly finish: string;
  readonly forecast: string;
  readonly deadline: string;
  readonly milestone: string;
  readonly done: string;
  readonly today: string;
  /** `{0}` a month's name, `{1}` its year. */
  readonly monthYear: string;
  readonly months: readonly string[];
}

export interface PortfolioUpdateMessage {
  readonly type: 'update';
  readonly model: PortfolioModel;
  readonly labels: PortfolioLabels;
  /** Today, ISO: the line across the timeline. */
  readonly today: string;
}

export interface PortfolioEmptyMessage {
  readonly type: 'empty';
  readonly text: string;
}

export type ToPortfolioViewMessage = PortfolioUpdateMessage | PortfolioEmptyMessage;

/** Open a plan (`id` absent), or show a phase or milestone of it by id. `plan` indexes the model's plans. */
export interface PortfolioOpenMessage {
  readonly type: 'open';
  readonly plan: number;
  readonly id?: string;
}

export type FromPortfolioViewMessage = { readonly type: 'ready' } | PortfolioOpenMessage;

function isRec(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const isStr = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): v is string => isStr(v) && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** More plans than a workspace holds: a model past it is not the server's. */
const MAX_PLANS = 1000;

function isPhase(v: unknown): v is PortfolioPhase {
  return isRec(v) && isStr(v['id']) && isStr(v['name']) && isDate(v['start']) && isDate(v['end']);
}

function isMilestone(v: unknown): v is PortfolioMilestone {
  return isRec(v) && isStr(v['id']) && isStr(v['name']) && isDate(v['date']) && typeof v['done'] === 'boolean';
}

function isRow(v: unknown): v is PortfolioRow {
  return (
    isRec(v) &&
    isStr(v['uri']) &&
    isStr(v['name']) &&
    isDate(v['start']) &&
    isDate(v['finish']) &&
    (v['deadline'] === undefined || isDate(v['deadline'])) &&
    (v['forecastFinish'] === undefined || isDate(v['forecastFinish'])) &&
    typeof v['late'] === 'boolean' &&
    typeof v['unreliable'] === 'boolean' &&
    isCount(v['critical']) &&
    isCount(v['errors']) &&
    isCount(v['warnings']) &&
    Array.isArray(v['phases']) &&
    v['phases'].every(isPhase) &&
    Array.isArray(v['milestones']) &&
    v['milestones'].every(isMilestone)
  );
}

export function isPortfolioModel(v: unknown): v is PortfolioModel {
  return isRec(v) && isStr(v['uri']) && Array.isArray(v['plans']) && v['plans'].length <= MAX_PLANS && v['plans'].every(isRow);
}

const LABEL_KEYS: readonly (keyof PortfolioLabels)[] = [
  'errors',
  'warnings',
  'oneError',
  'oneWarning',
  'critical',
  'late',
  'unreliable',
  'finish',
  'forecast',
  'deadline',
  'milestone',
  'done',
  'today',
  'monthYear',
];

function isLabels(v: unknown): v is PortfolioLabels {
  return isRec(v) && LABEL_KEYS.every((k) => isStr(v[k])) && Array.isArray(v['months']) && v['months'].length === 12 && v['months'].every(isStr);
}

export function isToPortfolioViewMessage(v: unknown): v is ToPortfolioViewMessage {
  if (!isRec(v)) {
    return false;
  }
  if (v['type'] === 'empty') {
    return isStr(v['text']);
  }
  return v['type'] === 'update' && isPortfolioModel(v['model']) && isLabels(v['labels']) && isDate(v['today']);
}

export function isFromPortfolioViewMessage(v: unknown): v is FromPortfolioViewMessage {
  if (!isRec(v)) {
    return false;
  }
  if (v['type'] === 'ready') {
    return true;
  }
  return v['type'] === 'open' && isCount(v['plan']) && (v['id'] === undefined || (isStr(v['id']) && v['id'].length <= 1000));
}
