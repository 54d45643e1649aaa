import { CommandContext, uuidFrom } from './command-context';

describe('uuidFrom', () => {
  it('derives the same ids as every earlier release, so a retry across an upgrade still finds its events', () => {
    expect(uuidFrom('command:staff-1:key-42')).toBe('78f3dbde-de39-56d4-b0d2-e20ec4c5dbc1');
    expect(uuidFrom('志愿者:record:1')).toBe('51697d82-1c9a-518c-b532-173d7064cd3a');
  });

  it('gives version 5 UUIDs with the RFC 4122 variant', () => {
    expect(uuidFrom('anything')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('CommandContext', () => {
  const actor = { id: 'staff-1', role: 'staff' };
  const now = new Date('2026-06-01T00:00:00Z');

  it('with an Idempotency-Key, decides the same command, entity and event ids on every retry', () => {
    const first = CommandContext.create({ actor, idempotencyKey: 'key-42', now });
    const retry = CommandContext.create({ actor, idempotencyKey: 'key-42', now });

    expect(retry.commandId).toBe(first.commandId);
    expect(retry.newId('record')).toBe(first.newId('record'));
    expect(retry.eventId('account-v1', 0)).toBe(first.eventId('account-v1', 0));
    expect(first.newId('record')).not.toBe(first.eventId('account-v1', 0));
  });

  it('without a key, gives every command and entity fresh ids', () => {
    const one = CommandContext.create({ actor, now });
    const two = CommandContext.create({ actor, now });

    expect(one.commandId).not.toBe(two.commandId);
    expect(one.newId('record')).not.toBe(one.newId('record'));
  });
});
