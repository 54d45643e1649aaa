import { randomUUID } from 'node:crypto';
import { CommandHandler, type EventStore } from '@event-driven-io/emmett';
import type { PongoDb } from '@event-driven-io/pongo';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { MAX_MINUTES_PER_RECORD, SERVICE_CATEGORIES, type ServiceCategory } from '@shiji/domain';
import { callerFromAuthorization, mayActIn, type Caller } from './access-token';
import { AccountError, accountStreamName, evolve, initialState, recordVerifiedService, registerVolunteer, type AccountErrorCode } from './account';
import { findAccount } from './account-projection';

interface RecordServiceBody {
  volunteerId: string;
  category: ServiceCategory;
  description?: string;
  startedAt: string;
  minutes: number;
  verify: true;
}

interface RegisterVolunteerBody {
  volunteerId: string;
  communityId: string;
  name: string;
}

/** The body rules Shiji's DTO states, as a JSON schema Fastify compiles once. */
const recordServiceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['volunteerId', 'category', 'startedAt', 'minutes', 'verify'],
  properties: {
    volunteerId: { type: 'string', minLength: 1, maxLength: 64 },
    category: { type: 'string', enum: [...SERVICE_CATEGORIES] },
    description: { type: 'string', minLength: 1, maxLength: 1000 },
    // RFC 3339 date-time: an offset is required, as Shiji requires one.
    startedAt: { type: 'string', format: 'date-time' },
    minutes: { type: 'integer', minimum: 1, maximum: MAX_MINUTES_PER_RECORD },
    verify: { type: 'boolean', const: true },
  },
} as const;

const registerVolunteerSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['volunteerId', 'communityId', 'name'],
  properties: {
    volunteerId: { type: 'string', minLength: 1, maxLength: 64 },
    communityId: { type: 'string', minLength: 1, maxLength: 64 },
    name: { type: 'string', minLength: 1, maxLength: 100 },
  },
} as const;

const volunteerParamsSchema = { type: 'object', required: ['volunteerId'], properties: { volunteerId: { type: 'string', minLength: 1, maxLength: 64 } } } as const;

const STATUS_OF: Record<AccountErrorCode, number> = {
  VOLUNTEER_NOT_FOUND: 404,
  FORBIDDEN_COMMUNITY: 403,
  INVALID_MINUTES: 400,
  SERVICE_IN_FUTURE: 422,
  OVERLAPPING_SERVICE: 409,
  VOLUNTEER_ALREADY_REGISTERED: 409,
};

const handle = CommandHandler({ evolve, initialState });

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

/**
 * The peer's HTTP edge: Fastify with its schema validation, the same bearer
 * check as Shiji, Emmett's CommandHandler for the write (load the stream,
 * decide, append with the version read, retry on a conflict) and a pongo
 * document for the read.
 */
export function buildPeerApp(options: { eventStore: EventStore; readStore: PongoDb; jwtSecret: string }): FastifyInstance {
  const { eventStore, readStore, jwtSecret } = options;
  const app = Fastify({ logger: false });
  app.decorateRequest('caller', null as unknown as Caller);

  app.get('/health', async () => ({ status: 'ok' }));

  app.register(async (authenticated) => {
    authenticated.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const caller = callerFromAuthorization(request.headers.authorization, jwtSecret);
      if (!caller) return reply.code(401).send(problem('UNAUTHENTICATED'));
      request.caller = caller;
    });

    authenticated.post<{ Body: RegisterVolunteerBody }>('/v1/volunteers', { schema: { body: registerVolunteerSchema } }, async (request, reply) => {
      const { volunteerId, communityId, name } = request.body;
      if (!mayActIn(request.caller, communityId)) return reply.code(403).send(problem('FORBIDDEN_COMMUNITY'));
      await handle(eventStore, accountStreamName(volunteerId), (account) => registerVolunteer({ volunteerId, communityId, name, registeredAt: new Date().toISOString() }, account));
      return reply.code(201).header('location', `/v1/volunteers/${volunteerId}`).send({ volunteerId });
    });

    authenticated.post<{ Body: RecordServiceBody }>('/v1/service-records', { schema: { body: recordServiceSchema } }, async (request, reply) => {
      const { volunteerId, category, description, startedAt, minutes } = request.body;
      const recordId = randomUUID();
      const command = {
        type: 'RecordVerifiedService' as const,
        data: { recordId, volunteerId, category, description: description ?? null, startedAt: new Date(startedAt), minutes },
        metadata: { staffId: request.caller.id, communities: request.caller.communities, now: new Date() },
      };
      const result = await handle(eventStore, accountStreamName(volunteerId), (account) => recordVerifiedService(command, account));
      return reply
        .code(201)
        .header('location', `/v1/service-records/${recordId}`)
        .send({ recordId, volunteerId, minutes, streamVersion: String(result.nextExpectedStreamVersion) });
    });

    authenticated.get<{ Params: { volunteerId: string } }>('/v1/volunteers/:volunteerId/account', { schema: { params: volunteerParamsSchema } }, async (request, reply) => {
      const account = await findAccount(readStore, accountStreamName(request.params.volunteerId));
      if (!account) return reply.code(404).send(problem('VOLUNTEER_NOT_FOUND'));
      if (!mayActIn(request.caller, account.communityId)) return reply.code(403).send(problem('FORBIDDEN_COMMUNITY'));
      const { volunteerId, communityId, creditMinutes, lifetimeMinutes, records, verifiedRecords } = account;
      return { volunteerId, communityId, creditMinutes, lifetimeMinutes, records, verifiedRecords };
    });
  });

  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof AccountError) return reply.code(STATUS_OF[error.code]).send(problem(error.code));
    const validation = (error as { validation?: unknown }).validation;
    if (validation) return reply.code(400).send({ ...problem('VALIDATION_FAILED'), errors: validation });
    return reply.code(500).send(problem('INTERNAL'));
  });

  return app;
}

function problem(code: string) {
  return { type: 'about:blank', title: code, code };
}
