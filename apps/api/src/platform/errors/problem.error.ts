import { bilingual, type Bilingual } from './bilingual';
import { problemType, type FieldError, type ProblemDetails } from './problem-details';

export interface ProblemInit {
  code: string;
  status: number;
  title: Bilingual;
  /** About this occurrence; the title when absent. */
  detail?: Bilingual;
  errors?: FieldError[];
  /** Extra members of the body (RFC 9457 extensions), e.g. { balance: 30 }. */
  extensions?: Readonly<Record<string, unknown>>;
  /** Response headers the problem needs, e.g. WWW-Authenticate. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The base of every error the api answers on purpose. Features throw a
 * ProblemError (or a subclass) and the global filter turns it into
 * application/problem+json; nothing else needs to know HTTP.
 *
 * Not named DomainError: @shiji/domain has one (pure, code only) that the
 * features map to this class at the edge.
 */
export class ProblemError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: Bilingual;
  readonly detail: Bilingual;
  readonly errors?: FieldError[];
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;

  constructor(init: ProblemInit) {
    super(`${init.code}: ${(init.detail ?? init.title).en}`);
    this.name = new.target.name;
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? init.title;
    this.errors = init.errors;
    this.extensions = init.extensions ?? {};
    this.headers = init.headers ?? {};
  }

  toProblem(context: { instance?: string; requestId?: string } = {}): ProblemDetails {
    return {
      // Extensions first so that they can never overwrite a standard member.
      ...this.extensions,
      type: problemType(this.code),
      title: bilingual(this.title),
      status: this.status,
      code: this.code,
      detail: bilingual(this.detail),
      ...(context.instance === undefined ? {} : { instance: context.instance }),
      ...(context.requestId === undefined ? {} : { requestId: context.requestId }),
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}
