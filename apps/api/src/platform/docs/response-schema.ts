import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Response shapes for the OpenAPI document, written as compact shapes:
 * `'string'`, `'integer'`, `'number'`, `'boolean'`, `'object'` (any JSON
 * object), a trailing `?` for nullable, `[shape]` for an array, a nested
 * record for an object (every key present unless `optional`), or another named schema. The web
 * app's client is generated from them, so they are the contract the pages
 * read; an e2e test checks real answers against them.
 */
export type Shape = ScalarShape | `${ScalarShape}?` | readonly [Shape] | { readonly [key: string]: Shape } | NamedSchema | Nullable | OneOf | Optional;
type ScalarShape = 'string' | 'integer' | 'number' | 'boolean' | 'object';

export interface NamedSchema {
  readonly $ref: string;
  readonly schemaName: string;
}

/** A nullable object, array or named schema (`nullable(Card)`). */
export class Nullable {
  constructor(readonly shape: Shape) {}
}

export function nullable(shape: Shape): Nullable {
  return new Nullable(shape);
}

/** A member an object may leave out (`recordId: optional('string')`); every other member is always present. */
export class Optional {
  constructor(readonly shape: Shape) {}
}

export function optional(shape: Shape): Optional {
  return new Optional(shape);
}

/** One of a fixed set of strings. */
export class OneOf {
  constructor(readonly values: readonly string[]) {}
}

export function oneOf(values: readonly string[]): OneOf {
  return new OneOf(values);
}

const registry = new Map<string, SchemaObject>();

function isNamed(shape: Shape): shape is NamedSchema {
  return typeof shape === 'object' && !Array.isArray(shape) && typeof (shape as NamedSchema).schemaName === 'string';
}

export function toSchema(shape: Shape): SchemaObject | ReferenceObject {
  if (typeof shape === 'string') {
    const nullable = shape.endsWith('?');
    const type = (nullable ? shape.slice(0, -1) : shape) as ScalarShape;
    const schema: SchemaObject = type === 'object' ? { type: 'object', additionalProperties: true } : { type };
    return nullable ? { ...schema, nullable: true } : schema;
  }
  if (shape instanceof OneOf) return { type: 'string', enum: [...shape.values] };
  if (shape instanceof Optional) return toSchema(shape.shape);
  if (shape instanceof Nullable) {
    const inner = toSchema(shape.shape);
    // OpenAPI 3.0 reads nullable only beside a type; the reference says the rest.
    return '$ref' in inner ? { type: 'object', nullable: true, allOf: [inner] } : { ...inner, nullable: true };
  }
  if (isNamed(shape)) return { $ref: shape.$ref };
  if (Array.isArray(shape)) return { type: 'array', items: toSchema(shape[0]) };
  const members = Object.entries(shape as Record<string, Shape>);
  const properties = Object.fromEntries(members.map(([key, value]) => [key, toSchema(value)]));
  return { type: 'object', required: members.filter(([, value]) => !(value instanceof Optional)).map(([key]) => key), properties };
}

/** A named response schema (components/schemas/<name>), for `@ApiOkResponse({ schema: X })`. */
export function responseSchema(name: string, shape: { readonly [key: string]: Shape }): NamedSchema & SchemaObject {
  registry.set(name, toSchema(shape) as SchemaObject);
  // schemaName is for toSchema only: not enumerable, so it stays out of the document beside the $ref.
  return Object.defineProperty({ $ref: `#/components/schemas/${name}` }, 'schemaName', { value: name, enumerable: false }) as NamedSchema & SchemaObject;
}

/**
 * The answer of a write that returns more than ids (WriteResult's extra
 * members are strings): its own fields beside the log position.
 */
export function writeResultSchema(name: string, shape: { readonly [key: string]: Shape }): NamedSchema & SchemaObject {
  return responseSchema(name, { ...shape, position: 'integer?' });
}

/** A page of items with the cursor of the next one. */
export function pageSchema(name: string, item: Shape, extra: { readonly [key: string]: Shape } = {}): NamedSchema & SchemaObject {
  return responseSchema(name, { ...extra, items: [item], nextCursor: 'string?' });
}

/** Puts every named response schema into the document. */
export function addResponseSchemas(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...Object.fromEntries(registry) } };
  return document;
}

/** Every write answers the log position it reached, beside the ids it created. */
export const WRITE_RESULT_SCHEMA: SchemaObject = {
  type: 'object',
  description: '写入结果 / What a write reached: its log position (send it back as X-Min-Position) and the ids it created',
  required: ['position'],
  properties: { position: { type: 'integer', nullable: true } },
  additionalProperties: { type: 'string', nullable: true },
};

const WRITE_METHODS = ['put', 'post', 'delete', 'patch'] as const;

const LOCATION_HEADER = {
  required: true,
  description: '所创建或所改变的资源 / Where what was created, or what the action changed, can be read',
  schema: { type: 'string', example: '/v1/volunteers/6f0c0e3a-0c54-4f7e-9d6e-1b2a3c4d5e6f' },
};

/** Declares the write result for every write whose success answer names no content, and Location on every 201. */
export function addWriteResults(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, WriteResult: WRITE_RESULT_SCHEMA } };
  for (const path of Object.values(document.paths)) {
    for (const method of WRITE_METHODS) {
      const operation = path[method];
      if (!operation) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || !/^2\d\d$/.test(status) || status === '204' || '$ref' in response) continue;
        // Every 201 says where to look (write-side/created-location.ts).
        if (status === '201') response.headers = { ...response.headers, Location: LOCATION_HEADER };
        if (!response.content) response.content = { 'application/json': { schema: { $ref: '#/components/schemas/WriteResult' } } };
      }
    }
  }
  return document;
}
