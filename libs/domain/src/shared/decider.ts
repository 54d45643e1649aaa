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
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState' | 'foldMany'>, events: readonly Event[], from?: State): State {
  const start = from ?? decider.initialState();
  return decider.foldMany ? decider.foldMany(start, events) : events.reduce(decider.evolve, start);
}

/** Compile-time exhaustiveness: a `switch` missing a case fails to type-check here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
