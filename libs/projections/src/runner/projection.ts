import type { StoredEvent } from '@shiji/event-store';
import type { CollectionDefinition } from './collection';
import type { DocumentStore } from './document-store';

/** Which documents an event needs loaded before it is applied. */
export type DocumentRef = { collection: string; id: string } | { collection: string; all: true };

/**
 * A projection as the runner drives it: the collections it owns and how each
 * stored event changes them. Write one with defineProjection, which hands it
 * typed domain events.
 * `apply` is synchronous over documents prefetched from `needs`, so the
 * runner can load a whole batch's documents in one query per collection and
 * write them back in one statement per collection.
 */
export interface Projection {
  readonly name: string;
  readonly collections: readonly CollectionDefinition[];
  needs(event: StoredEvent): DocumentRef[];
  apply(event: StoredEvent, documents: DocumentStore): void;
}
