import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';

export const IS_PUBLIC = 'shiji:isPublic';

/** Opts a route (or controller) out of the default: every route needs a valid token. */
export const Public = (): MethodDecorator & ClassDecorator =>
  // An empty security requirement tells OpenAPI readers no token is needed here.
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));
