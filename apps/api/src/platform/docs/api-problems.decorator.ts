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
