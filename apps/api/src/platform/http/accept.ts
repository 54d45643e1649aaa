import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .flatMap((part) => {
      const [range, ...parameters] = part.split(';').map((piece) => piece.trim());
      const [type, subtype] = range.toLowerCase().split('/');
      if (!type || !subtype) return [];
      const qParameter = parameters.find((parameter) => /^q\s*=/i.test(parameter));
      const q = qParameter === undefined ? 1 : Number(qParameter.split('=')[1]);
      return Number.isFinite(q) && q >= 0 && q <= 1 ? [{ type, subtype, q }] : [];
    });
}

/** How well a range matches a type: exact 2, type/* 1, * / * 0; -1 not at all. */
function specificity(range: MediaRange, mediaType: string): number {
  const [type, subtype] = mediaType.split('/');
  if (range.type === type && range.subtype === subtype) return 2;
  if (range.type === type && range.subtype === '*') return 1;
  if (range.type === '*' && range.subtype === '*') return 0;
  return -1;
}

/**
 * The offered media type the Accept header prefers (RFC 9110 §12.5.1): each
 * type takes the q of the most specific range that matches it; the highest q
 * wins, ties go to the order offered, q=0 refuses. No Accept header, or one
 * that says nothing parseable, takes the first offered. Null: none acceptable.
 */
export function preferredMediaType(accept: string | undefined, offered: readonly string[]): string | null {
  const ranges = accept === undefined ? [] : parseAccept(accept);
  if (ranges.length === 0) return offered[0] ?? null;
  let best: { mediaType: string; q: number } | null = null;
  for (const mediaType of offered) {
    const matching = ranges.map((range) => ({ range, score: specificity(range, mediaType) })).filter(({ score }) => score >= 0);
    if (matching.length === 0) continue;
    const top = Math.max(...matching.map(({ score }) => score));
    const q = Math.max(...matching.filter(({ score }) => score === top).map(({ range }) => range.q));
    if (q > 0 && (best === null || q > best.q)) best = { mediaType, q };
  }
  return best?.mediaType ?? null;
}

/** preferredMediaType, or 406 NOT_ACCEPTABLE naming what the route offers. */
export function negotiateMediaType(accept: string | undefined, offered: readonly string[]): string {
  const chosen = preferredMediaType(accept, offered);
  if (chosen !== null) return chosen;
  const list = offered.join(', ');
  throw new ProblemError({ ...PROBLEMS.NOT_ACCEPTABLE, detail: { zh: `此地址只提供：${list}`, en: `This resource is offered as ${list} only` } });
}
