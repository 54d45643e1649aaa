/** An RFC 9457 problem the api answered, or a request that never got an answer. */
export interface ProblemBody {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  requestId?: string;
  errors?: Array<{ field: string; constraint: string; message: string }>;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | null;
  readonly body: ProblemBody;

  constructor(status: number, body: ProblemBody, requestId: string | null) {
    super(body.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = body.code ?? (status === 0 ? 'NETWORK' : 'HTTP_ERROR');
    this.body = body;
    this.requestId = body.requestId ?? requestId;
  }

  /** The api writes titles and details as "中文 / English": one side, in the language shown. */
  text(language: 'zh-CN' | 'en'): string {
    const side = (value: string | undefined) => {
      if (!value) return '';
      const [zh, en] = value.split(' / ');
      return (language === 'en' ? (en ?? zh) : zh).trim();
    };
    const title = side(this.body.title);
    const detail = side(this.body.detail);
    return detail && detail !== title ? `${title}：${detail}` : title;
  }
}

export function isProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
