import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details';

const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; title and detail are "中文 / English"',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string', example: 'urn:shiji:problem:validation-failed' },
    title: { type: 'string', example: '请求参数无效 / Request validation failed' },
    status: { type: 'integer', example: 400 },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
    detail: { type: 'string', example: '以下字段无效：minutes / Invalid fields: minutes' },
    instance: { type: 'string', example: '/v1/me' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'constraint', 'message'],
        properties: { field: { type: 'string' }, constraint: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

/** Declares once, for every operation, that any error answers application/problem+json. */
export function addProblemResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_DETAILS_SCHEMA } };
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = path[method];
      if (!operation || operation.responses.default) continue;
      operation.responses.default = {
        description: 'Error (problem details)',
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
      };
    }
  }
  return document;
}
