/**
 * The load view's model: what the server's `xproj/resourceLoad` answers and the Resources panel
 * draws. One person per row over whole weeks, across the plans that share people through an
 * imported organisation file. Days are indices into the grid from `first` (a Monday, ISO).
 */
export interface ResourceLoadModel {
  /** The plan the panel was opened on. */
  readonly uri: string;
  readonly first: string;
  readonly days: number;
  /** Whether any plan works each day: '1' or '0' per day, so the view can shade days off. */
  readonly workdays: string;
  /** The day status checks compare against, as an index (may lie outside the grid). */
  readonly statusDay: number;
  /** Weeks of the plans' span left out before and after the grid (at most two years are shown). */
  readonly left: { readonly before: number; readonly after: number };
  readonly plans: readonly ResourcePlan[];
  /** Grouped by department, in order of first appearance, people without one last. */
  readonly people: readonly ResourcePerson[];
}

export interface ResourcePlan {
  readonly uri: string;
  readonly name: string;
}

export interface ResourcePerson {
  readonly id: string;
  readonly name?: string;
  readonly department?: { readonly id: string; readonly name?: string };
  /** In FTE. */
  readonly capacity: number;
  /** The file that defines the person (the shared organisation file, or a plan). */
  readonly definedIn: string;
  /** The load per day as runs of equal load: `[firstDay, length, load in FTE]`, flattened. */
  readonly runs: readonly number[];
  readonly bookings: readonly ResourceBooking[];
}

/** A task's share of the person's time. */
export interface ResourceBooking {
  /** Index into `plans`. */
  readonly plan: number;
  readonly task: string;
  readonly taskName?: string;
  /** In FTE. */
  readonly load: number;
  /** Days `[from, to)` from its first working day to the day after its last one, clipped to the grid. */
  readonly from: number;
  readonly to: number;
}
