/**
 * A change request's status: drafted (`proposed`), submitted (`requested`), decided (`approved`,
 * `rejected`) or carried out (`implemented`). The one list shared by the server and the client.
 */
export const CHANGE_STATUSES = ['proposed', 'requested', 'approved', 'rejected', 'implemented'] as const;

export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

/** Waiting for a decision: the weekly meeting's "changes pending". */
export function isPendingChange(status: string | undefined): boolean {
  return status === undefined || status === 'proposed' || status === 'requested';
}
