/**
 * What the read side asks of the api's live watch of the log: whether an
 * event after a position is known to exist. Provided by the write side's
 * StreamHeads, which sees every append.
 */
export abstract class LogWatch {
  /** True while the watch runs and no event after `position` is known: a view that had applied the log up to `position` is still the latest. */
  abstract nothingAfter(position: number): boolean;
}
