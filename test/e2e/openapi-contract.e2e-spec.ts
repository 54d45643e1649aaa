import { Controller, Get, Module, Query, Res } from '@nestjs/common';
import { Scope } from '../../apps/api/src/platform/auth/scope.decorator';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage, IsIn } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { CliIo } from '../../apps/cli/src/cli-command';
import { COMMANDS } from '../../apps/cli/src/commands';
import { runCli } from '../../apps/cli/src/run-cli';
import { startTestApi, type TestApi } from '../support/api';
import { ResponseContract, takeViolations } from '../support/response-contract';

class ContractProbeQuery {
  @ApiProperty({ enum: ['ok', 'teapot', 'wrong-shape', 'wrong-type'] })
  @IsIn(['ok', 'teapot', 'wrong-shape', 'wrong-type'])
  answer: 'ok' | 'teapot' | 'wrong-shape' | 'wrong-type';
}

/** A route that answers, on request, what its document does not say: the response check must notice. */
@Scope.street()
@Controller('v1/contract-probe')
class ContractProbeController {
  @Get()
  @ApiOperation({ summary: '仅供测试 / Test only' })
  @ApiOkResponse({ schema: { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } } })
  answer(@Query() { answer }: ContractProbeQuery, @Res({ passthrough: true }) reply: FastifyReply): unknown {
    if (answer === 'teapot') void reply.code(418);
    if (answer === 'wrong-type') {
      void reply.type('text/plain; charset=utf-8');
      return 'count: 3';
    }
    return answer === 'wrong-shape' ? { count: 'three' } : { count: 3 };
  }
}

@Module({ controllers: [ContractProbeController] })
class ContractProbeModule {}

interface Operation {
  summary?: string;
  requestBody?: { content: Record<string, { schema?: SchemaObject; example?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface SchemaObject {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: SchemaObject;
  example?: unknown;
  properties?: Record<string, SchemaObject>;
  $ref?: string;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, SchemaObject> };
}

const operationsOf = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation, name: `${method.toUpperCase()} ${path}` })));

describe('the OpenAPI document is the contract', () => {
  let api: TestApi;
  let document: Document;

  beforeAll(async () => {
    api = await startTestApi({ imports: [ContractProbeModule] });
    document = (await api.anonymous().get('/docs-json').expect(200)).body;
  });

  afterAll(() => api?.close());

  it('is what `cli openapi` writes, without a database', async () => {
    const io: CliIo & { out: string; err: string } = { out: '', err: '', env: {}, stdout: (text) => void (io.out += text), stderr: (text) => void (io.err += text) };
    expect(await runCli(['openapi'], COMMANDS, io)).toBe(0);
    const written = JSON.parse(io.out) as Document;
    const { ['/v1/contract-probe']: _probe, ...served } = document.paths;
    expect(written.paths).toEqual(served);
    expect(written.components.schemas).toEqual(expect.objectContaining(Object.fromEntries(Object.entries(document.components.schemas).filter(([name]) => name !== 'ContractProbeQuery'))));
  });

  it('gives every operation a summary, a schema for each success, and its 4xx answers as problem details', () => {
    const missing: string[] = [];
    for (const { path, name, operation } of operationsOf(document)) {
      if (!/[\u4e00-\u9fff].*\/\s*[A-Za-z]/.test(operation.summary ?? '')) missing.push(`${name}: no "中文 / English" summary`);
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = Object.entries(response.content ?? {});
        if (/^2\d\d$/.test(status) && status !== '204' && (media.length === 0 || media.some(([, { schema }]) => !schema))) missing.push(`${name}: ${status} has no schema`);
        if (/^[45]\d\d$|^default$/.test(status) && !(status === '503' && path === '/health') && media.map(([type]) => type).join() !== 'application/problem+json') missing.push(`${name}: ${status} is not problem details`);
      }
      if (path.startsWith('/v1/') && !Object.keys(operation.responses).some((status) => /^4\d\d$/.test(status))) missing.push(`${name}: no 4xx answer`);
    }
    expect(missing).toEqual([]);
  });

  it('types every body field as its validation takes it: integers, booleans, enums, bounds, array sizes', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<new () => unknown, Array<{ propertyName: string; name?: string; constraints?: unknown[]; each?: boolean }>> };
    const drift: string[] = [];
    for (const [target, rules] of storage.validationMetadatas) {
      const schema = document.components.schemas[target.name];
      if (!schema?.properties) continue;
      for (const rule of rules) {
        const property = schema.properties[rule.propertyName];
        if (!property || property.$ref) continue;
        const field = rule.each ? (property.items ?? {}) : property;
        const where = `${target.name}.${rule.propertyName}`;
        const [constraint] = rule.constraints ?? [];
        if (rule.name === 'isInt' && field.type !== 'integer') drift.push(`${where}: ${field.type}, validated as an integer`);
        if (rule.name === 'isBoolean' && field.type !== 'boolean') drift.push(`${where}: ${field.type}, validated as a boolean`);
        if (rule.name === 'isIn' && JSON.stringify(field.enum) !== JSON.stringify(constraint)) drift.push(`${where}: enum ${JSON.stringify(field.enum)}, validated as one of ${JSON.stringify(constraint)}`);
        if (rule.name === 'min' && field.minimum !== constraint) drift.push(`${where}: minimum ${field.minimum}, validated ≥ ${String(constraint)}`);
        if (rule.name === 'max' && field.maximum !== constraint) drift.push(`${where}: maximum ${field.maximum}, validated ≤ ${String(constraint)}`);
        if (rule.name === 'arrayMinSize' && property.minItems !== constraint) drift.push(`${where}: minItems ${property.minItems}, validated ≥ ${String(constraint)}`);
        if (rule.name === 'arrayMaxSize' && property.maxItems !== constraint) drift.push(`${where}: maxItems ${property.maxItems}, validated ≤ ${String(constraint)}`);
      }
    }
    expect(drift).toEqual([]);
  });

  it('accepts the documented example of PUT /v1/policy/star-levels', async () => {
    const body = document.paths['/v1/policy/star-levels'].put.requestBody!.content['application/json'];
    const schema = document.components.schemas[body.schema!.$ref!.split('/').pop()!];
    const example = Object.fromEntries(Object.entries(schema.properties!).map(([name, property]) => [name, property.example]));
    expect(example).toEqual({ thresholdHours: [100, 300, 600, 1000, 1500] });
    // The example is the default policy, which a save of what already holds leaves as it is: change it first.
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [10, 20, 30, 40, 50] }).expect(200);
    const { position } = (await api.as('admin').put('/v1/policy/star-levels').send(example).expect(200)).body;
    expect(position).toEqual(expect.any(Number));
    const policy = await api.as('admin').get('/v1/policy').set('X-Min-Position', String(position)).expect(200);
    expect(policy.body.thresholdHours).toEqual([100, 300, 600, 1000, 1500]);
  });

  describe('every answer the test apps send is checked against it', () => {
    it('passes an answer the document describes', async () => {
      await api.as('admin').get('/v1/contract-probe?answer=ok').expect(200, { count: 3 });
      expect(takeViolations()).toEqual([]);
    });

    it('fails a status the operation does not document', async () => {
      await api.as('admin').get('/v1/contract-probe?answer=teapot').expect(418);
      expect(takeViolations()).toEqual([expect.stringContaining('status 418 is not documented for GET /v1/contract-probe')]);
    });

    it('fails a body that does not match the schema', async () => {
      await api.as('admin').get('/v1/contract-probe?answer=wrong-shape').expect(200);
      expect(takeViolations()).toEqual([expect.stringContaining('/count must be integer')]);
    });

    it('fails a media type the document does not name', async () => {
      await api.as('admin').get('/v1/contract-probe?answer=wrong-type').expect(200);
      expect(takeViolations()).toEqual([expect.stringContaining('media type text/plain is not documented')]);
    });

    it('fails an error under /v1 that is not problem details, even on a path the document does not know', () => {
      // Nothing the api sends is like this: the check is fed a made-up answer to show it would notice.
      const contract = new ResponseContract(document);
      expect(contract.check({ method: 'GET', url: '/v1/nowhere', status: 404, contentType: 'text/html', headers: {}, body: Buffer.from('<h1>404</h1>'), truncated: false })).toEqual([
        expect.stringContaining('not application/problem+json'),
      ]);
    });
  });
});
