import { applyDecorators } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

/** The extension addProblemResponses turns into an error answer, then removes: one key per status, so a controller's and a method's add up. */
export const PROBLEM_EXTENSION_PREFIX = 'x-shiji-problem-';

/**
 * Error statuses a route answers beyond those every route of its kind has
 * (see addProblemResponses); each is problem+json. Not @ApiResponse: that
 * would make Swagger drop the route's default success answer.
 */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiExtension(`${PROBLEM_EXTENSION_PREFIX}${status}`, true)));
}

/** The extension addProblemResponses turns into an ETag header on the route's 200 answer. */
export const ETAG_EXTENSION = 'x-shiji-etag';
/** The extension addProblemResponses turns into an If-Match parameter and a 412 answer. */
export const IF_MATCH_EXTENSION = 'x-shiji-if-match';

/** The route's 200 answer carries an ETag: the revision of the resource's stream. */
export function ApiETag(): MethodDecorator & ClassDecorator {
  return ApiExtension(ETAG_EXTENSION, true);
}

/** The route takes If-Match (an ETag the resource's read answered) and answers 412 when it is no longer current. */
export function ApiIfMatch(): MethodDecorator & ClassDecorator {
  return ApiExtension(IF_MATCH_EXTENSION, true);
}
