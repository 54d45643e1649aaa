import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { canonicalJson } from './canonical-json';
import { canonicalEventBody, chainHashes, eventHash, eventHashInput, type HashedEvent } from './event-hash';

const first: HashedEvent = {
  streamId: 'account-7',
  revision: 0,
  eventId: '0b5e3c8e-4d7a-4f1e-9a51-3f1c2d7b6a90',
  type: 'CreditsEarned',
  version: 1,
  data: { minutes: 90, note: '陪老人散步' },
  metadata: { occurredAt: '2025-05-01T08:00:00.000Z', actor: { id: 'member-1', role: 'member' } },
};
const second: HashedEvent = { ...first, revision: 1, eventId: 'f2c4b1a0-5e6d-4c3b-8a29-1d0e9f8a7b6c', data: { minutes: 30 } };

describe('eventHash', () => {
  it('is the SHA-256 of the canonical [previousHash, revision, streamId, eventId, type, version, data, metadata]', () => {
    const expectedInput =
      '[null,0,"account-7","0b5e3c8e-4d7a-4f1e-9a51-3f1c2d7b6a90","CreditsEarned",1,{"minutes":90,"note":"陪老人散步"},' +
      '{"actor":{"id":"member-1","role":"member"},"occurredAt":"2025-05-01T08:00:00.000Z"}]';

    expect(eventHashInput(canonicalEventBody(first), 0, null)).toBe(expectedInput);
    // Computed independently: sha256sum of the text above written to a file.
    expect(eventHash(first, null)).toBe('29255e4d3d4c826fe6329b329fdb4274f657e3ab8bb27e84aec354757ae92cd6');
  });

  it('splices the revision and previous hash into the body exactly as canonicalJson writes the whole array', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.uuid(),
        fc.string(),
        fc.integer(),
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.nat(),
        fc.option(fc.stringMatching(/^[0-9a-f]{64}$/), { nil: null }),
        (streamId, eventId, type, version, data, metadata, revision, previousHash) => {
          const body = canonicalEventBody({ streamId, eventId, type, version, data, metadata });
          expect(eventHashInput(body, revision, previousHash)).toBe(
            canonicalJson([previousHash, revision, streamId, eventId, type, version, data, metadata]),
          );
        },
      ),
    );
  });

  it('changes when any covered field or the previous hash changes', () => {
    const original = eventHash(second, 'a'.repeat(64));
    const variants: Array<[HashedEvent, string | null]> = [
      [{ ...second, streamId: 'account-8' }, 'a'.repeat(64)],
      [{ ...second, revision: 2 }, 'a'.repeat(64)],
      [{ ...second, eventId: first.eventId }, 'a'.repeat(64)],
      [{ ...second, type: 'CreditsSpent' }, 'a'.repeat(64)],
      [{ ...second, version: 2 }, 'a'.repeat(64)],
      [{ ...second, data: { minutes: 31 } }, 'a'.repeat(64)],
      [{ ...second, metadata: { ...second.metadata, occurredAt: '2025-05-01T08:00:01.000Z' } }, 'a'.repeat(64)],
      [second, 'b'.repeat(64)],
      [second, null],
    ];
    for (const [event, previous] of variants) expect(eventHash(event, previous)).not.toBe(original);
  });

  it('ignores the order of data members, since stored JSON keeps none', () => {
    expect(eventHash({ ...first, data: { note: '陪老人散步', minutes: 90 } }, null)).toBe(eventHash(first, null));
  });
});

describe('chainHashes', () => {
  it('links each event to the hash of the one before it in the stream', () => {
    const [h0, h1] = chainHashes([first, second]);

    expect(h0).toBe(eventHash(first, null));
    expect(h1).toBe(eventHash(second, h0));
    expect(h1).toBe(createHash('sha256').update(canonicalJson([h0, 1, ...bodyFields(second)]), 'utf8').digest('hex'));
  });

  it('changes every later hash when an earlier event changes', () => {
    const original = chainHashes([first, second]);
    const tampered = chainHashes([{ ...first, data: { minutes: 900, note: '陪老人散步' } }, second]);

    expect(tampered[0]).not.toBe(original[0]);
    expect(tampered[1]).not.toBe(original[1]);
  });
});

function bodyFields(event: HashedEvent): unknown[] {
  return [event.streamId, event.eventId, event.type, event.version, event.data, event.metadata];
}
