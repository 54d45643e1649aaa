import type { Bilingual } from './bilingual';

/**
 * Bilingual details for the errors Fastify raises before a route handler
 * runs (body parsing, URL decoding), keyed by Fastify's error code.
 */
export const FASTIFY_ERROR_DETAILS: Readonly<Record<string, Bilingual>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { zh: 'Content-Type 为 application/json 时请求体不能为空', en: 'The body cannot be empty when Content-Type is application/json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { zh: '请求体超过大小上限', en: 'The request body is larger than the limit' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { zh: '请求体只接受 application/json', en: 'Request bodies must be application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { zh: 'Content-Length 与请求体长度不符', en: 'Content-Length does not match the length of the body' },
  FST_ERR_CTP_INVALID_TYPE: { zh: 'Content-Type 无效', en: 'The Content-Type is invalid' },
  FST_ERR_BAD_URL: { zh: '请求地址格式错误', en: 'The URL is malformed' },
};
