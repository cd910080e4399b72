import { formatDay } from '../../../../../common/dates';
import type { PortfolioMilestone, PortfolioModel, PortfolioPhase, PortfolioRow } from '../../../../../common/portfolioModel';
import type { PlanAnalysis } from '../../analysis/planAnalysis';
import { planName } from '../../analysis/portfolio/portfolioPlan';
import { scheduleReliability } from '../../analysis/reliability';
import { isClosed } from '../../model/taskState';
import { TaskFacts } from './taskFacts';

/**
 * The Portfolio panel's model: the plan `analysis` and the workspace's other plans (`others`; files
 * without a project, organisation libraries, are left out), the plan first, the others by name.
 */
export function getPortfolioView(analysis: PlanAnalysis, others: readonly PlanAnalysis[]): PortfolioModel {
  const rest = others
    .filter((o) => o.uri !== analysis.uri && o.plan.project)
    .map(row)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.uri < b.uri ? -1 : 1));
  return { uri: analysis.uri, plans: [...(analysis.plan.project ? [row(analysis)] : []), ...rest] };
}

function row(analysis: PlanAnalysis): PortfolioRow {
  const { plan, schedule } = analysis;
  const project = plan.project;
  const forecast = schedule.forecast?.finish;
  const deadline = project?.end ? project.end.day : undefined;
  const finish = forecast ?? schedule.finish;
  let critical = 0;
  for (const [task, s] of schedule.tasks) {
    critical += s.critical && task.children.length === 0 && !isClosed(task) ? 1 : 0;
  }
  return {
    uri: analysis.uri,
    name: planName(analysis),
    start: formatDay(schedule.start),
    finish: formatDay(schedule.finish),
    ...(deadline !== undefined ? { deadline: formatDay(deadline) } : {}),
    ...(forecast !== undefined && forecast !== schedule.finish ? { forecastFinish: formatDay(forecast) } : {}),
    late: deadline !== undefined && finish > deadline,
    critical,
    errors: analysis.problems.filter((p) => p.severity === 'error').length,
    warnings: analysis.problems.filter((p) => p.severity === 'warning').length,
    unreliable: scheduleReliability(analysis) !== undefined,
    phases: phases(analysis),
    milestones: milestones(analysis),
  };
}

/** Each phase from its tasks' first start to their last end, in order of start. */
function phases(analysis: PlanAnalysis): PortfolioPhase[] {
  const facts = new TaskFacts(analysis);
  const spans = new Map<string, { start: number; end: number }>();
  for (const [task, s] of analysis.schedule.tasks) {
    const id = facts.phase(task)?.id;
    if (id === undefined) {
      continue;
    }
    const span = spans.get(id);
    spans.set(id, span ? { start: Math.min(span.start, s.start), end: Math.max(span.end, s.end) } : { start: s.start, end: s.end });
  }
  // The plan's own phases without tasks count by their own dates; imported ones only through tasks.
  for (const phase of analysis.plan.phases) {
    if (!spans.has(phase.id) && phase.start && phase.end) {
      spans.set(phase.id, { start: phase.start.day, end: phase.end.day });
    }
  }
  return [...spans]
    .filter(([, span]) => span.start <= span.end)
    .sort(([, a], [, b]) => a.start - b.start || a.end - b.end)
    .map(([id, span]) => ({ id, name: analysis.symbols.phase(id)?.name?.value ?? id, start: formatDay(span.start), end: formatDay(span.end) }));
}

function milestones(analysis: PlanAnalysis): PortfolioMilestone[] {
  const out: PortfolioMilestone[] = [];
  for (const task of analysis.plan.tasks) {
    const s = analysis.schedule.tasks.get(task);
    if (task.milestone && task.children.length === 0 && s && task.uri === analysis.uri) {
      out.push({ id: task.id, name: task.name?.value ?? task.id, date: formatDay(s.start), done: isClosed(task) });
    }
  }
  return out;
}
