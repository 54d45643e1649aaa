/** Moves between two accounts whose second step is not stored yet. */
export interface PendingTransfersSummary {
  pending: number;
  /** Age of the oldest pending move's intent; null when none is pending. */
  oldestPendingSeconds: number | null;
}

/**
 * Provided by the transfers feature so that /health can report moves left
 * half-done (a process manager that cannot keep up, or is not running).
 */
export interface PendingTransfers {
  summary(): Promise<PendingTransfersSummary>;
}

export const PENDING_TRANSFERS = Symbol('PENDING_TRANSFERS');
