import { isMap, isScalar } from 'yaml';
import type { BudgetItem, Change, Meeting, Phase, Ref, Risk } from '../../model/planModel';
import { formatAmount } from '../../l10n/amounts';
import { approverRank, rankApprovalLevels, requiredLevel } from '../../symbols/approvalLevels';
import { formatDay } from '../../../../../common/dates';
import { HIGH_RISK_SCORE, riskScore, riskStatus } from '../../model/riskScore';
import { yamlPathAt } from '../../utils/yamlPath';
import { cardTitle, field, refLabel } from './context';
import type { CardContext } from './context';
import { code, dateWithWeekday, escapeMarkdown, fieldLines, idThenName, inlineList, paragraphs } from './markdown';
import { valueLabel } from './valueMeanings';

/** Risks score from 1 to 25; from here up (and below high) a risk is medium. */
const MEDIUM_RISK_SCORE = 8;

function taskList(ctx: CardContext, refs: readonly Ref[]): string | undefined {
  const render = (r: Ref): string => idThenName(r.id, ctx.analysis.symbols.task(r.id)?.name?.value);
  return inlineList(refs, render, ctx.locale, (n) => ctx.m.more(n));
}

export function riskCard(ctx: CardContext, risk: Risk): string {
  const { m, locale, analysis } = ctx;
  const score = riskScore(risk);
  const level = score === undefined ? undefined : score >= HIGH_RISK_SCORE ? m.high() : score >= MEDIUM_RISK_SCORE ? m.medium() : m.low();
  const review = risk.nextReview;
  const reviewLate = review !== undefined && riskStatus(risk) === 'open' && review.day < analysis.statusDate;
  const lateBy = review && reviewLate ? ` · ${m.reviewOverdue(analysis.statusDate - review.day)}` : '';
  const contingency = risk.contingency
    ? escapeMarkdown(risk.contingency.value)
    : score !== undefined && score >= HIGH_RISK_SCORE
      ? m.noContingency()
      : undefined;
  return paragraphs([
    cardTitle(m.risk(), risk.id, risk.title?.value),
    fieldLines([
      field(ctx, m.category(), risk.category && valueLabel('riskCategory', risk.category.value, locale)),
      score !== undefined && level !== undefined ? m.score(risk.likelihood!.value, risk.impact!.value, score, level) : undefined,
      field(ctx, m.response(), risk.response && valueLabel('riskResponse', risk.response.value, locale)),
      field(ctx, m.owner(), refLabel(ctx, risk.owner)),
      field(ctx, m.contingency(), contingency),
      m.field(m.status(), valueLabel('riskStatus', riskStatus(risk), locale)),
      field(ctx, m.nextReview(), review && `${dateWithWeekday(review.day, locale)}${lateBy}`),
      field(ctx, m.affects(), taskList(ctx, risk.affects)),
    ]),
  ]);
}

export function phaseCard(ctx: CardContext, phase: Phase): string {
  const { m, locale, analysis } = ctx;
  const tasks = ctx.index.tasksInPhase(phase.id);
  let first: number | undefined;
  let last: number | undefined;
  for (const t of tasks) {
    const s = analysis.schedule.tasks.get(t);
    if (s) {
      first = first === undefined ? s.start : Math.min(first, s.start);
      last = last === undefined ? s.end : Math.max(last, s.end);
    }
  }
  const date = (d: { day: number } | undefined): string => (d ? dateWithWeekday(d.day, locale) : '…');
  return paragraphs([
    cardTitle(m.phase(), phase.id, phase.name?.value),
    fieldLines([
      phase.start || phase.end ? m.field(m.dates(), `${date(phase.start)} → ${date(phase.end)}`) : undefined,
      m.tasksInPhase(tasks.length),
      first !== undefined && last !== undefined ? m.scheduledSpan(dateWithWeekday(first, locale), dateWithWeekday(last, locale)) : undefined,
    ]),
  ]);
}

function approvalLines(ctx: CardContext, item: BudgetItem, currency: string | undefined): (string | undefined)[] {
  const { m, analysis } = ctx;
  const levels = rankApprovalLevels(analysis.plan.budget?.approvals ?? []);
  const amount = item.amount?.value;
  const required = amount !== undefined ? requiredLevel(levels, amount) : undefined;
  const limit = required?.upTo !== undefined ? m.upTo(formatAmount(required.upTo, currency)) : '';
  const needed = required && m.approvalNeeded(code(required.approver), limit);
  const approvedBy = item.approvedBy;
  if (!approvedBy) {
    return [needed, m.field(m.approvedBy(), m.approvalMissing())];
  }
  const reached = levels.length > 0 ? approverRank(approvedBy.id, levels, analysis.plan, analysis.symbols) : undefined;
  const enough = reached !== undefined && (!required || reached.rank >= required.rank);
  const verdict = levels.length === 0 ? '' : enough ? ` ${m.approvalEnough()}` : ` · ${m.approvalTooLow()}`;
  return [needed, m.field(m.approvedBy(), `${refLabel(ctx, approvedBy)!}${verdict}`)];
}

export function budgetItemCard(ctx: CardContext, item: BudgetItem): string {
  const { m } = ctx;
  const currency = ctx.analysis.plan.budget?.currency?.value;
  return paragraphs([
    cardTitle(m.budgetItem(), item.id, item.name?.value),
    fieldLines([
      field(ctx, m.amount(), item.amount && formatAmount(item.amount.value, currency)),
      field(ctx, m.forTask(), item.task && idThenName(item.task.id, ctx.analysis.symbols.task(item.task.id)?.name?.value)),
      ...approvalLines(ctx, item, currency),
    ]),
  ]);
}

/** `day` and `time` of a meeting, which the plan model does not keep: read from its YAML mapping. */
function meetingWhen(ctx: CardContext, meeting: Meeting): string | undefined {
  const doc = ctx.analysis.parsed.around([meeting.idSpan.offset]);
  if (!doc || meeting.uri !== ctx.analysis.uri) {
    return undefined;
  }
  const map = yamlPathAt(doc, meeting.idSpan.offset).ancestors.at(-1);
  if (!isMap(map)) {
    return undefined;
  }
  const text = (key: string): string | undefined => {
    const node = map.get(key, true);
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  };
  const day = text('day');
  const time = text('time');
  const parts = [day !== undefined ? valueLabel('weekday', day, ctx.locale) : undefined, time];
  const when = parts.filter((p): p is string => p !== undefined).join(' ');
  return when.length > 0 ? escapeMarkdown(when) : undefined;
}

export function meetingCard(ctx: CardContext, meeting: Meeting): string {
  const { m, locale } = ctx;
  const participant = (p: Ref): string => (p.id === 'all' ? m.everyone() : refLabel(ctx, p)!);
  return paragraphs([
    cardTitle(m.meeting(), meeting.id, meeting.name?.value),
    fieldLines([
      field(ctx, m.cadence(), meeting.cadence && valueLabel('cadence', meeting.cadence.value, locale)),
      field(ctx, m.when(), meetingWhen(ctx, meeting)),
      field(ctx, m.chair(), refLabel(ctx, meeting.chair)),
      field(
        ctx,
        m.participants(),
        inlineList(meeting.participants, participant, locale, (n) => m.more(n)),
      ),
    ]),
  ]);
}

export function changeCard(ctx: CardContext, change: Change): string {
  const { m, locale } = ctx;
  return paragraphs([
    cardTitle(m.change(), change.id, undefined),
    fieldLines([
      field(ctx, m.summaryField(), change.name && escapeMarkdown(change.name.value)),
      field(ctx, m.date(), change.date && formatDay(change.date.day)),
      field(ctx, m.status(), change.status && valueLabel('changeStatus', change.status.value, locale)),
      field(ctx, m.requestedBy(), refLabel(ctx, change.requestedBy)),
      field(ctx, m.approvedBy(), refLabel(ctx, change.approvedBy)),
      field(ctx, m.affects(), taskList(ctx, change.affects)),
    ]),
  ]);
}
