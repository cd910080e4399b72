/** A task's status, as the plan writes it. The one list shared by the server, client and webview. */
export const TASK_STATUSES = ['not-started', 'in-progress', 'blocked', 'done', 'cancelled'] as const;

export type TaskStatus = (typeof TASK_STATUSES)[number];

const STATUS_SET: ReadonlySet<string> = new Set(TASK_STATUSES);

export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && STATUS_SET.has(value);
}

/** Done or cancelled: no longer scheduled work, never overdue. */
export function isClosedStatus(status: TaskStatus | undefined): boolean {
  return status === 'done' || status === 'cancelled';
}
