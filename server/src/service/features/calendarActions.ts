import { isMap, isScalar, isSeq } from 'yaml';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cnPreset } from '../../../../common/calendarPresets/cnPreset';
import { formatDay } from '../../../../common/dates';
import type { PlanAnalysis } from '../analysis/planAnalysis';
import { defineMessages } from '../l10n/localize';
import type { Locale } from '../l10n/localize';
import type { HolidayRange } from '../model/planModel';
import { YamlEditor } from '../utils/yamlEdits';

const messages = defineMessages(
  {
    nextWorkday: (task: string, day: string) => `Move the start of '${task}' to the next working day, ${day}`,
    usePreset: (count: number) => `Use the statutory calendar (preset: cn) instead of ${count === 1 ? '1 listed holiday' : `${count} listed holidays`}`,
  },
  {
    nextWorkday: (task, day) => `将任务“${task}”的开始日期移到下一个工作日 ${day}`,
    usePreset: (count) => `改用法定节假日日历（preset: cn），取代手写的 ${count} 个节假日`,
  },
);

/** A plan's own holidays look statutory when at least this many of their days are 中国 public holidays… */
const MIN_STATUTORY_DAYS = 2;
/** …and at least this share of them. */
const MIN_STATUTORY_SHARE = 0.6;

/**
 * Code actions about the calendar where the cursor is, with no diagnostic behind them: a fixed
 * start on a day off moves to the next working day; a hand-kept list of China's public holidays
 * becomes `preset: cn`, keeping the entries the preset does not cover.
 */
export function calendarActions(document: TextDocument, range: Range, analysis: PlanAnalysis, locale: Locale): CodeAction[] {
  if (analysis.text !== document.getText()) {
    return [];
  }
  const offset = document.offsetAt(range.start);
  return [...nextWorkdayAction(document, offset, analysis, locale), ...presetAction(document, offset, analysis, locale)];
}

function nextWorkdayAction(document: TextDocument, offset: number, analysis: PlanAnalysis, locale: Locale): CodeAction[] {
  const { calendar } = analysis.schedule;
  const task = analysis.plan.tasks.find(
    (t) => t.uri === analysis.uri && t.start && t.start.span.offset <= offset && offset <= t.start.span.offset + t.start.span.length,
  );
  const start = task?.start;
  if (!task || !start || task.milestone || calendar.isWorkday(start.day)) {
    return [];
  }
  const yaml = analysis.parsed.around([start.span.offset]);
  const scalar = yaml ? new YamlEditor(document, yaml).scalarAt(start.span.offset) : undefined;
  if (!yaml || !scalar) {
    return [];
  }
  const next = formatDay(calendar.nextWorkday(start.day));
  return [action(document, messages[locale].nextWorkday(task.id, next), [new YamlEditor(document, yaml).setScalar(scalar, next)])];
}

function presetAction(document: TextDocument, offset: number, analysis: PlanAnalysis, locale: Locale): CodeAction[] {
  const spec = analysis.plan.project?.calendar;
  if (!spec || spec.preset || spec.holidays.length === 0) {
    return [];
  }
  const yaml = analysis.parsed.around([offset, ...spec.holidays.map((h) => h.span.offset)]);
  if (!yaml) {
    return [];
  }
  const editor = new YamlEditor(document, yaml);
  const calendarMap = calendarMapOf(editor);
  const within = calendarMap?.range && calendarMap.range[0] <= offset && offset <= calendarMap.range[2];
  if (!calendarMap || !within) {
    return [];
  }
  const preset = cnPreset();
  const covered = (r: HolidayRange): boolean => preset.holidays({ from: r.from, to: r.to }).some((h) => h.from <= r.from && r.to <= h.to);
  let days = 0;
  let statutory = 0;
  for (const h of spec.holidays) {
    for (let d = h.from; d <= h.to && d - h.from < 366; d++) {
      days++;
      statutory += preset.dayName(d)?.kind === 'holiday' ? 1 : 0;
    }
  }
  const replaced = spec.holidays.filter(covered);
  if (statutory < MIN_STATUTORY_DAYS || statutory < days * MIN_STATUTORY_SHARE || replaced.length === 0) {
    return [];
  }
  const pair = editor.pair(calendarMap, 'holidays');
  const list = pair?.value;
  if (!pair || !isScalar(pair.key)) {
    return [];
  }
  // Every entry is the preset's: `holidays: […]` itself becomes `preset: cn`, where it stood.
  const edits =
    replaced.length === spec.holidays.length || !isSeq(list)
      ? [editor.renameScalar(pair.key, 'preset'), editor.setPairValue(pair, 'cn')]
      : [editor.setKey(calendarMap, 'preset', 'cn'), ...removeItems(editor, list, replaced)];
  return [action(document, messages[locale].usePreset(replaced.length), edits)];
}

function calendarMapOf(editor: YamlEditor): YAMLMap<unknown, unknown> | undefined {
  const project = editor.root() && editor.pair(editor.root()!, 'project')?.value;
  const calendar = isMap(project) ? editor.pair(project, 'calendar')?.value : undefined;
  return isMap(calendar) ? calendar : undefined;
}

/** The list's items that the ranges were read from; removed one by one, which leaves the others' comments. */
function removeItems(editor: YamlEditor, list: YAMLSeq<unknown>, ranges: readonly HolidayRange[]): TextEdit[] {
  const starts = new Set(ranges.map((r) => r.span.offset));
  const out: TextEdit[] = [];
  list.items.forEach((item, index) => {
    const range = (item as { range?: [number, number, number] }).range;
    if (range && starts.has(range[0])) {
      out.push(editor.removeItem(list, index));
    }
  });
  return out;
}

function action(document: TextDocument, title: string, edits: TextEdit[]): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: edits } } };
}
