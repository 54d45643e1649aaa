import { UnauthenticatedError } from './unauthenticated.error';

/** The token of an "Authorization: Bearer <token>" header (RFC 6750, scheme case-insensitive). */
export function bearerToken(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw new UnauthenticatedError('missing');
  if (Array.isArray(header)) throw new UnauthenticatedError('malformed');
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(header);
  if (!match) throw new UnauthenticatedError('malformed');
  return match[1];
}
