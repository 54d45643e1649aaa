/**
 * A decider owns one stream: `decide` turns a command and the state folded
 * from the stream into new events (or throws a DomainError), `evolve` folds
 * one event into the state. Both are pure and synchronous.
 */
export interface Decider<Command, Event, State> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export function fold<Event, State>(decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>, events: readonly Event[], from?: State): State {
  return events.reduce(decider.evolve, from ?? decider.initialState());
}

/** Compile-time exhaustiveness: a `switch` missing a case fails to type-check here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
