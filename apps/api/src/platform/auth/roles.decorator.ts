import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblems } from '../docs/api-problems.decorator';
import type { Role } from './role';

export const REQUIRED_ROLES = 'shiji:requiredRoles';

/** Limits a route (or controller) to these roles; a method's list replaces its controller's. Other roles get 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiProblems(403));
