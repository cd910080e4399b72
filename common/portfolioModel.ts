/**
 * The Portfolio panel's model: what the server's `xproj/portfolio` answers. Every plan of the
 * workspace on one timeline: its span, finish against its deadline, its phases and milestones and
 * how many problems it has. Dates are ISO `YYYY-MM-DD`.
 */
export interface PortfolioModel {
  /** The plan the panel was opened from: it is drawn first. */
  readonly uri: string;
  readonly plans: readonly PortfolioRow[];
}

export interface PortfolioRow {
  readonly uri: string;
  readonly name: string;
  readonly start: string;
  readonly finish: string;
  readonly deadline?: string;
  /** With a status date, when the forecast finish differs from the planned one. */
  readonly forecastFinish?: string;
  /** The finish (or its forecast) falls after the deadline. */
  readonly late: boolean;
  /** Open tasks on the critical path. */
  readonly critical: number;
  readonly errors: number;
  readonly warnings: number;
  /** Cycles or errors make the dates doubtful. */
  readonly unreliable: boolean;
  readonly phases: readonly PortfolioPhase[];
  readonly milestones: readonly PortfolioMilestone[];
}

export interface PortfolioPhase {
  readonly id: string;
  readonly name: string;
  /** From its first task's start to its last task's end (or its own dates, without tasks). */
  readonly start: string;
  readonly end: string;
}

export interface PortfolioMilestone {
  readonly id: string;
  readonly name: string;
  readonly date: string;
  readonly done: boolean;
}
