import type { Block, Inline, Line, ReportDocument } from '../../../common/reportDocument';

/**
 * Messages between the report panel (client/src/reportPanel.ts) and its webview. Both sides check
 * what they receive: the webview renders plan text, the host acts on what the page asks.
 */
export const REPORT_VIEW_KINDS = ['weekly', 'funds', 'risks', 'closing'] as const;
export type ReportViewKind = (typeof REPORT_VIEW_KINDS)[number];

export const REPORT_ACTIONS = ['copyMarkdown', 'saveMarkdown', 'saveHtml', 'refresh'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/** The toolbar's words, in the editor's language (the host localises them). */
export interface ReportLabels {
  readonly kinds: Readonly<Record<ReportViewKind, string>>;
  readonly copyMarkdown: string;
  readonly saveMarkdown: string;
  readonly saveHtml: string;
  readonly kind: string;
}

export interface ShowReportMessage {
  readonly type: 'show';
  readonly kind: ReportViewKind;
  readonly document: ReportDocument;
  readonly taskIds: readonly string[];
  readonly labels: ReportLabels;
}

/** No report to show (no plan, the server is down): a sentence instead. */
export interface EmptyReportMessage {
  readonly type: 'empty';
  readonly text: string;
}

export type ToReportViewMessage = ShowReportMessage | EmptyReportMessage;

export type FromReportViewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly taskId: string }
  | { readonly type: 'action'; readonly action: ReportAction }
  | { readonly type: 'kind'; readonly kind: ReportViewKind };

const MAX_ID = 1_000;

function isRec(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isStr = (v: unknown): v is string => typeof v === 'string';

function isInline(v: unknown): v is Inline {
  if (isStr(v)) {
    return true;
  }
  if (!isRec(v)) {
    return false;
  }
  if ('strong' in v) {
    return isStr(v.strong);
  }
  if ('code' in v) {
    return isStr(v.code);
  }
  return isStr(v.id) && (v.name === null || isStr(v.name));
}

const isLine = (v: unknown): v is Line => Array.isArray(v) && v.every(isInline);

function isBlock(v: unknown): v is Block {
  if (!isRec(v)) {
    return false;
  }
  switch (v.type) {
    case 'heading':
      return isStr(v.text);
    case 'paragraph':
    case 'notice':
      return isLine(v.line);
    case 'list':
      return Array.isArray(v.items) && v.items.every(isLine);
    case 'table':
      return (
        Array.isArray(v.head) &&
        v.head.every(isStr) &&
        Array.isArray(v.rows) &&
        v.rows.every((r) => Array.isArray(r) && r.every(isLine)) &&
        (v.numeric === undefined || (Array.isArray(v.numeric) && v.numeric.every((n) => Number.isInteger(n))))
      );
    case 'blank':
      return isStr(v.prompt);
    default:
      return false;
  }
}

export function isReportDocument(v: unknown): v is ReportDocument {
  return isRec(v) && (v.locale === 'en' || v.locale === 'zh-cn') && isStr(v.title) && isLine(v.subtitle) && Array.isArray(v.blocks) && v.blocks.every(isBlock);
}

const isKind = (v: unknown): v is ReportViewKind => REPORT_VIEW_KINDS.some((k) => k === v);

function isLabels(v: unknown): v is ReportLabels {
  return (
    isRec(v) &&
    isRec(v.kinds) &&
    REPORT_VIEW_KINDS.every((k) => isStr((v.kinds as Record<string, unknown>)[k])) &&
    isStr(v.copyMarkdown) &&
    isStr(v.saveMarkdown) &&
    isStr(v.saveHtml) &&
    isStr(v.kind)
  );
}

export function isToReportViewMessage(v: unknown): v is ToReportViewMessage {
  if (!isRec(v)) {
    return false;
  }
  if (v.type === 'empty') {
    return isStr(v.text);
  }
  return v.type === 'show' && isKind(v.kind) && isReportDocument(v.document) && Array.isArray(v.taskIds) && v.taskIds.every(isStr) && isLabels(v.labels);
}

export function isFromReportViewMessage(v: unknown): v is FromReportViewMessage {
  if (!isRec(v)) {
    return false;
  }
  switch (v.type) {
    case 'ready':
      return true;
    case 'reveal':
      return isStr(v.taskId) && v.taskId.length > 0 && v.taskId.length <= MAX_ID;
    case 'action':
      return REPORT_ACTIONS.some((a) => a === v.action);
    case 'kind':
      return isKind(v.kind);
    default:
      return false;
  }
}
