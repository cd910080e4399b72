/** The marks of the chart that the legend explains, in the order it lists them. */
export type LegendKind =
  'task' | 'critical' | 'progress' | 'summary' | 'milestone' | 'forecast' | 'baseline' | 'statusDate' | 'today' | 'holiday' | 'makeup' | 'weekend';

/** What the chart shows now: the legend lists only marks that can appear. */
export interface LegendContext {
  readonly showCritical: boolean;
  /** Some task's forecast end is later than its planned end. */
  readonly slipping: boolean;
  /** The plan has a baseline and its ghost bars are shown. */
  readonly baseline: boolean;
  /** The today line is inside the chart. */
  readonly today: boolean;
  /** The calendar has make-up working days (调休). */
  readonly makeupDays: boolean;
  /** Weekends are shaded at this zoom. */
  readonly weekends: boolean;
}

export function legendEntries(c: LegendContext): LegendKind[] {
  const out: LegendKind[] = ['task', 'progress'];
  if (c.showCritical) {
    out.push('critical');
  }
  out.push('summary', 'milestone');
  if (c.slipping) {
    out.push('forecast');
  }
  if (c.baseline) {
    out.push('baseline');
  }
  out.push('statusDate');
  if (c.today) {
    out.push('today');
  }
  out.push('holiday');
  if (c.makeupDays) {
    out.push('makeup');
  }
  if (c.weekends) {
    out.push('weekend');
  }
  return out;
}
