/**
 * A decider owns one stream: `decide` turns a command and the state folded
 * from the stream into new events (or throws a DomainError), `evolve` folds
 * one event into the state. Both are pure and synchronous.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
  /** Folds many events at once when that is cheaper than evolving one by one; same result. */
  foldMany?(state: State, events: readonly Event[]): State;
  /**
   * The community a new event belongs to, read from the event or from the
   * state the command leaves; undefined where neither says (an account's card
   * events belong to its volunteer's community, which another stream holds).
   */
  communityOf?(event: Event, state: State): string | undefined;
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState' | 'foldMany'>, events: readonly Event[], from?: State): State {
  const start = from ?? decider.initialState();
  return decider.foldMany ? decider.foldMany(start, events) : events.reduce(decider.evolve, start);
}

/** Compile-time exhaustiveness: a `switch` missing a case fails to type-check here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
