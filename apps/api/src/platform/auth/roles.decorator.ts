import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const REQUIRED_ROLES = 'shiji:requiredRoles';

/** Limits a route (or controller) to these roles; a method's list replaces its controller's. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);
