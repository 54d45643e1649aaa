import { ErrorType, isCommandError } from '@eventstore/db-client';

/** Errors after which the server or the connection may well be back soon: a dropped subscription is retried. */
const TRANSIENT = new Set<string>([
  ErrorType.UNAVAILABLE,
  ErrorType.CANCELLED,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.UNKNOWN,
  ErrorType.NOT_LEADER,
]);

export function isTransientDrop(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && TRANSIENT.has(error.type);
}

export interface BackoffSettings {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffSettings = { initialMs: 100, maxMs: 5_000 };

/** Doubling delays, reset by the caller once events flow again. */
export function backoffDelay(settings: BackoffSettings, consecutiveDrops: number): number {
  return Math.min(settings.maxMs, settings.initialMs * 2 ** consecutiveDrops);
}
