import { toDomainEvent, type DomainEvent, type DomainEventType } from '@shiji/domain';
import type { EventMetadata, StoredEvent } from '@shiji/event-store';
import type { CollectionDefinition } from './collection';
import type { DocumentStore } from './document-store';
import type { DocumentRef, Projection } from './projection';

/**
 * A domain event as a projection folds it: upcast to the current version of
 * its type through the domain's event registry, with where the log holds it
 * and its metadata (occurredAt, actor, community).
 */
export type ProjectedEvent<Type extends DomainEventType = DomainEventType> = Extract<DomainEvent, { type: Type }> & {
  readonly eventId: string;
  readonly streamId: string;
  readonly position: number;
  readonly metadata: EventMetadata;
};

export interface ProjectionDefinition<Type extends DomainEventType> {
  readonly name: string;
  readonly collections: readonly CollectionDefinition[];
  /** The event types it folds. Any other event passes it unread, unknown types included. */
  readonly canHandle: readonly Type[];
  /** The documents `evolve` reads for this event. */
  needs(event: ProjectedEvent<Type>): DocumentRef[];
  evolve(event: ProjectedEvent<Type>, documents: DocumentStore): void;
}

/**
 * A projection over domain events. `needs` and `evolve` see only the types
 * in `canHandle`, typed, so a switch over `event.type` that ends in
 * assertNever fails to compile when a declared type has no case, and a case
 * for an undeclared type is a type error too.
 */
export function defineProjection<const Type extends DomainEventType>(definition: ProjectionDefinition<Type>): Projection {
  const handled: ReadonlySet<string> = new Set(definition.canHandle);
  return {
    name: definition.name,
    collections: definition.collections,
    needs: (stored) => (handled.has(stored.type) ? definition.needs(project<Type>(stored)) : []),
    apply: (stored, documents) => {
      if (handled.has(stored.type)) definition.evolve(project<Type>(stored), documents);
    },
  };
}

/** Only for a stored event whose type the caller has checked is one of `Type`. */
function project<Type extends DomainEventType>(stored: StoredEvent): ProjectedEvent<Type> {
  const event = toDomainEvent(stored);
  return { type: event.type, data: event.data, eventId: stored.eventId, streamId: stored.streamId, position: stored.position, metadata: stored.metadata } as ProjectedEvent<Type>;
}
