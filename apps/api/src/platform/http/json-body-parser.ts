import type { FastifyInstance } from 'fastify';
import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

/** Far deeper than any command of the api; deeper bodies would cost stack in every layer that walks them. */
export const MAX_JSON_DEPTH = 32;

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const QUOTED = '"(?:[\\t \\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\t \\x21-\\x7e])*"';
/** application/json, then RFC 9110 parameters (name=token or name="quoted"), nothing else. */
const JSON_MEDIA_TYPE = new RegExp(`^application/json[ \\t]*(?:;[ \\t]*${TOKEN}=(?:${TOKEN}|${QUOTED})[ \\t]*)*$`, 'i');
const CHARSET = new RegExp(`;[ \\t]*charset=(${TOKEN}|${QUOTED})`, 'i');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The api's one body parser. It refuses, before anything walks the body:
 * a media type that is not exactly application/json with well-formed
 * parameters, a charset other than UTF-8 (JSON is UTF-8, RFC 8259), bytes
 * that are not UTF-8 (instead of silently replacing them), and nesting
 * deeper than MAX_JSON_DEPTH (which would overflow the stack of the
 * validators downstream). Objects with `__proto__` or `constructor` keys are
 * refused as Fastify's own parser refuses them, and so are numbers too large
 * for a double.
 */
export function useStrictJsonBodies(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw, done) => {
    const contentType = String(request.headers['content-type'] ?? '');
    const refusal = mediaTypeRefusal(contentType);
    if (refusal) return done(refusal, undefined);
    let text: string;
    try {
      text = utf8.decode(raw as Buffer);
    } catch {
      return done(new ProblemError({ ...PROBLEMS.BODY_NOT_UTF8, detail: { zh: '请求体不是有效的 UTF-8 编码', en: 'The request body is not valid UTF-8' } }), undefined);
    }
    if (nestingDepth(text) > MAX_JSON_DEPTH) {
      return done(new ProblemError({ ...PROBLEMS.BODY_TOO_DEEP, detail: { zh: `请求体嵌套超过 ${MAX_JSON_DEPTH} 层`, en: `The request body nests deeper than ${MAX_JSON_DEPTH} levels` } }), undefined);
    }
    parse(request, text, (error: Error | null, body?: unknown) => {
      if (error || !holdsNumberBeyondDouble(body)) return done(error, body);
      done(new ProblemError({ ...PROBLEMS.VALIDATION_FAILED, detail: { zh: '请求体中的数字超出可表示的范围', en: 'A number in the request body is beyond the range a number can hold' } }), undefined);
    });
  });
}

/**
 * A number JSON.parse read as ±Infinity (1e99999): no field takes one, and no
 * canonical form (the Idempotency-Key's fingerprint) has one. Recursion is
 * bounded by MAX_JSON_DEPTH, checked before parsing.
 */
function holdsNumberBeyondDouble(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsNumberBeyondDouble);
}

function mediaTypeRefusal(contentType: string): ProblemError | null {
  if (!JSON_MEDIA_TYPE.test(contentType)) {
    return new ProblemError({ ...PROBLEMS.UNSUPPORTED_MEDIA_TYPE, detail: { zh: 'Content-Type 格式无效，请使用 application/json', en: 'The Content-Type is malformed; send application/json' } });
  }
  const charset = CHARSET.exec(contentType)?.[1]?.replace(/^"|"$/g, '').toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return new ProblemError({ ...PROBLEMS.UNSUPPORTED_MEDIA_TYPE, detail: { zh: `不支持字符集 ${charset}，请求体须为 UTF-8`, en: `Charset ${charset} is not supported; bodies must be UTF-8` } });
  }
  return null;
}

/** The deepest nesting of arrays and objects, counted outside strings, in one pass without recursion. */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const code = json.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return deepest;
}
