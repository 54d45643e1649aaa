/** RFC 9457 media type: every error response of the api carries it. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** Dotted path of the offending field, e.g. "address.city" or "items.0.minutes". */
  field: string;
  /** The failed rule, e.g. "isInt" or "whitelistValidation" (an unknown field). */
  constraint: string;
  message: string;
}

/** The body of every error response (RFC 9457 plus `code`, `requestId` and `errors`). */
export interface ProblemDetails {
  type: string;
  /** "中文 / English", fixed per code. */
  title: string;
  status: number;
  /** Stable machine-readable code, e.g. VALIDATION_FAILED. */
  code: string;
  /** "中文 / English", about this occurrence. */
  detail: string;
  instance?: string;
  /** Quote it to operators: the same id is in the server logs. */
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** A URN rather than a URL: the types are stable names, not pages to fetch. */
export function problemType(code: string): string {
  return `urn:shiji:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}
