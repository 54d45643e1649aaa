import { currentVersion, type DomainEvent } from '@shiji/domain';
import type { EventMetadata, StoredEvent } from '@shiji/event-store';
import type { Document, DocumentRef, DocumentStore, Projection } from '@shiji/projections';

/** The documents expected after `when`, by collection and id; null for one that must not exist. */
export type ExpectedDocuments = Record<string, Record<string, Document | null>>;

/**
 * given(events).when(events).then(documents): a projection specification.
 * Events are stored as the log would hand them over: current version,
 * positions 1, 2, 3… in order, occurredAt and eventId as occurredAtOf and
 * eventIdOf give them. Each is applied seeing only the documents its `needs`
 * declared, as in the runner, so a read the projection forgot to declare
 * fails the spec.
 */
export function projectionSpecification(projection: Projection) {
  return {
    given(history: DomainEvent[]) {
      return {
        when(events: DomainEvent[]) {
          const documents = new MemoryDocuments();
          const stored = [...history, ...events].map(storedEvent);
          for (const event of stored.slice(0, history.length)) documents.apply(projection, event);
          documents.startRecording();
          for (const event of stored.slice(history.length)) documents.apply(projection, event);
          return {
            then(expected: ExpectedDocuments) {
              expect(documents.pick(expected)).toEqual(expected);
            },
            /** The `when` events wrote no document. */
            thenNothingWritten() {
              expect(documents.written).toEqual([]);
            },
          };
        },
      };
    },
  };
}

/** When the spec's event at `position` occurred: a minute after the one before it, the first at 2026-03-01T00:00:00Z. */
export function occurredAtOf(position: number): string {
  return new Date(Date.parse('2026-03-01T00:00:00.000Z') + (position - 1) * 60_000).toISOString();
}

const ACTOR = Symbol('actor');
type Actor = EventMetadata['actor'];

/** The event as `actor` appended it: a spec's events are appended by staff member staff-1 unless said. */
export function appendedBy<E extends DomainEvent>(actor: Actor, event: E): E {
  return Object.assign({ ...event }, { [ACTOR]: actor });
}

export function eventIdOf(position: number): string {
  return `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`;
}

function storedEvent(event: DomainEvent, index: number): StoredEvent {
  const position = index + 1;
  const metadata: EventMetadata = {
    occurredAt: occurredAtOf(position),
    actor: (event as { [ACTOR]?: Actor })[ACTOR] ?? { id: 'staff-1', role: 'staff' },
    commandId: `command-${position}`,
    correlationId: `command-${position}`,
    causationId: `command-${position}`,
  };
  return {
    streamId: 'spec',
    revision: index,
    position,
    eventId: eventIdOf(position),
    type: event.type,
    version: currentVersion(event.type),
    data: event.data as unknown as Record<string, unknown>,
    metadata,
    recordedAt: new Date(metadata.occurredAt),
  };
}

/** Collections in memory, copied through JSON on the way in and out as jsonb would. */
class MemoryDocuments {
  private readonly collections = new Map<string, Map<string, string>>();
  readonly written: Array<{ collection: string; id: string; position: number }> = [];
  private recording = false;

  startRecording(): void {
    this.recording = true;
  }

  apply(projection: Projection, event: StoredEvent): void {
    projection.apply(event, this.scopedTo(projection.needs(event)));
  }

  pick(expected: ExpectedDocuments): ExpectedDocuments {
    return Object.fromEntries(
      Object.entries(expected).map(([collection, ids]) => [
        collection,
        Object.fromEntries(Object.keys(ids).map((id) => [id, this.read(collection, id)])),
      ]),
    );
  }

  private read(collection: string, id: string): Document | null {
    const text = this.collections.get(collection)?.get(id);
    return text === undefined ? null : (JSON.parse(text) as Document);
  }

  private scopedTo(refs: readonly DocumentRef[]): DocumentStore {
    const declared = (collection: string, id?: string) => refs.some((ref) => ref.collection === collection && ('all' in ref || ref.id === id));
    return {
      get: <T extends Document>(collection: string, id: string): T | null => {
        if (!declared(collection, id)) throw new Error(`read ${collection}/${id} without declaring it in needs()`);
        return this.read(collection, id) as T | null;
      },
      all: <T extends Document>(collection: string): Array<{ id: string; data: T }> => {
        if (!refs.some((ref) => ref.collection === collection && 'all' in ref)) throw new Error(`listed ${collection} without an { all: true } need`);
        return [...(this.collections.get(collection) ?? new Map<string, string>())].map(([id, text]) => ({ id, data: JSON.parse(text) as T }));
      },
      put: (collection: string, id: string, data: Document, position: number): void => {
        const documents = this.collections.get(collection) ?? new Map<string, string>();
        documents.set(id, JSON.stringify(data));
        this.collections.set(collection, documents);
        if (this.recording) this.written.push({ collection, id, position });
      },
    };
  }
}
