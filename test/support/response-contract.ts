import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Checks answers against the OpenAPI document the api serves: the status is
 * one the operation documents (a 5xx may fall to `default`), the media type
 * is one documented for that status, and the body matches its schema
 * (JSON and problem+json parsed; NDJSON line by line; CSV and PDF by media
 * type only). Requests that name no documented operation are checked only
 * for being problem+json when they fail under /v1 or /health.
 */
export class ResponseContract {
  private readonly operations: Operation[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ components: { schemas: Object.fromEntries(Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [name, toJsonSchema(schema)])) } }, 'openapi');
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      Object.entries(item)
        .filter(([method]) => HTTP_METHODS.has(method))
        .map(([method, operation]) => ({ method: method.toUpperCase(), template, pattern: patternOf(template), staticSegments: template.split('/').filter((part) => part && !part.startsWith('{')).length, responses: (operation as { responses: Record<string, ResponseObject> }).responses })),
    );
  }

  /** What is wrong with this answer; empty when it is what the document says. */
  check(answer: Answer): string[] {
    const path = answer.url.split('?')[0];
    const operation = this.operationFor(answer.method === 'HEAD' ? 'GET' : answer.method, path);
    const where = `${answer.method} ${answer.url.slice(0, 200)} → ${answer.status}`;
    if (!operation) {
      const apiPath = path.startsWith('/v1/') || path === '/v1' || path.startsWith('/health');
      if (apiPath && answer.status >= 400 && mediaTypeOf(answer.contentType) !== 'application/problem+json') return [`${where}: an error answered ${answer.contentType ?? 'without a content type'}, not application/problem+json`];
      return [];
    }
    const response = operation.responses[String(answer.status)] ?? (answer.status >= 500 ? operation.responses.default : undefined);
    if (!response) return [`${where}: status ${answer.status} is not documented for ${operation.method} ${operation.template} (documented: ${Object.keys(operation.responses).join(', ')})`];
    if (answer.method === 'HEAD' || answer.status === 304) return [];
    const missing = Object.entries(response.headers ?? {})
      .filter(([name, header]) => header.required && answer.headers[name.toLowerCase()] === undefined)
      .map(([name]) => `${where}: the document requires the ${name} header, and none came`);
    if (missing.length > 0) return missing;
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      return answer.body.length === 0 ? [] : [`${where}: the document says no body, and ${answer.body.length} bytes came`];
    }
    const mediaType = mediaTypeOf(answer.contentType);
    if (mediaType === undefined || !(mediaType in content)) return [`${where}: media type ${mediaType ?? '(none)'} is not documented (documented: ${Object.keys(content).join(', ')})`];
    const schema = content[mediaType].schema;
    if (!schema || answer.truncated) return [];
    const validate = this.validatorFor(`${operation.method} ${operation.template} ${answer.status} ${mediaType}`, schema);
    const text = answer.body.toString('utf8');
    if (mediaType === 'application/json' || mediaType.endsWith('+json')) return this.validateJson(where, validate, text);
    if (mediaType === 'application/x-ndjson') {
      return text
        .split('\n')
        .filter((line) => line.length > 0)
        .slice(0, MAX_NDJSON_LINES)
        .flatMap((line, index) => this.validateJson(`${where} (line ${index + 1})`, validate, line));
    }
    return [];
  }

  private validateJson(where: string, validate: ValidateFunction, text: string): string[] {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`${where}: the body is not JSON: ${text.slice(0, 200)}`];
    }
    if (validate(body)) return [];
    return [`${where}: the body does not match the document: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}; body: ${JSON.stringify(body).slice(0, 400)}`];
  }

  private operationFor(method: string, path: string): Operation | undefined {
    return this.operations
      .filter((operation) => operation.method === method && operation.pattern.test(path))
      .sort((a, b) => b.staticSegments - a.staticSegments)[0];
  }

  private validatorFor(key: string, schema: object): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const violations: string[] = [];

/** Notes what is wrong with answers; the test that is running fails on it (test/support/response-contract.setup.ts). */
export function recordViolations(found: readonly string[]): void {
  violations.push(...found);
}

/** What was noted since the last call, and forgets it. */
export function takeViolations(): string[] {
  return violations.splice(0);
}

/** One answer as the server sent it. */
export interface Answer {
  method: string;
  url: string;
  status: number;
  contentType: string | undefined;
  /** Lower-case names. */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  /** More came than was kept: the body is not checked. */
  truncated: boolean;
}

/**
 * Hands every answer `server` sends, once finished, to `onAnswer`. The
 * server's own request listeners keep serving; only what they write is
 * copied (up to MAX_CAPTURED_BYTES).
 */
export function watchAnswers(server: Server, onAnswer: (answer: Answer) => void): void {
  const listeners = server.listeners('request') as Array<(request: IncomingMessage, response: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      if (size + buffer.length > MAX_CAPTURED_BYTES) truncated = true;
      else chunks.push(buffer);
      size += buffer.length;
    };
    // Fastify may pass its headers to writeHead rather than set them: getHeader would not see those.
    let headHeaders: Record<string, string> = {};
    const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
    response.writeHead = ((...args: unknown[]) => {
      const headers = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null);
      if (headers) headHeaders = headersIn(headers);
      return writeHead(...args);
    }) as ServerResponse['writeHead'];
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    response.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as ServerResponse['write'];
    response.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as ServerResponse['end'];
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    response.once('finish', () => {
      const headers: Record<string, string> = { ...headHeaders };
      for (const [name, value] of Object.entries(response.getHeaders())) if (value !== undefined) headers[name.toLowerCase()] = String(value);
      onAnswer({ method, url, status: response.statusCode, contentType: headers['content-type'], headers, body: Buffer.concat(chunks), truncated });
    });
    for (const listener of listeners) listener.call(server, request, response);
  });
}

/**
 * OpenAPI 3.0 schemas as JSON Schema: `nullable` becomes a null type, or a
 * null alternative beside a composition or reference (as OpenAPI 3.0.3 reads
 * it), and references point into the schema registered as "openapi".
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, ...rest } = schema as Record<string, unknown>;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') converted.$ref = value.replace(/^#\//, 'openapi#/');
    else if (key === 'example' || key === 'examples') continue;
    else if (key === 'properties' || key === 'patternProperties') converted[key] = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, child]) => [name, toJsonSchema(child)]));
    else converted[key] = toJsonSchema(value);
  }
  if (nullable !== true) return converted;
  const composed = '$ref' in converted || 'allOf' in converted || 'oneOf' in converted || 'anyOf' in converted;
  if (composed) {
    const { description, ...inner } = converted;
    delete inner.type;
    return { ...(description === undefined ? {} : { description }), anyOf: [{ type: 'null' }, inner] };
  }
  if (typeof converted.type === 'string') {
    converted.type = [converted.type, 'null'];
    if (Array.isArray(converted.enum)) converted.enum = [...converted.enum, null];
  }
  return converted;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

interface ResponseObject {
  content?: Record<string, { schema?: object }>;
  headers?: Record<string, { required?: boolean }>;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  staticSegments: number;
  responses: Record<string, ResponseObject>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
/** Audit exports may stream megabytes; the first ones say whether the shape is right. */
const MAX_CAPTURED_BYTES = 4 * 1024 * 1024;
const MAX_NDJSON_LINES = 2000;

function patternOf(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}

/** Headers given to writeHead as an object or as a flat [name, value, …] list, by lower-case name. */
function headersIn(headers: object): Record<string, string> {
  const entries: Array<[string, unknown]> = Array.isArray(headers)
    ? headers.flatMap((item, index, all) => (Array.isArray(item) ? [[String(item[0]), item[1]] as [string, unknown]] : index % 2 === 0 ? [[String(item), all[index + 1]] as [string, unknown]] : []))
    : Object.entries(headers);
  return Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), String(value)]));
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim().toLowerCase() || undefined;
}
