import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ProblemError } from '../platform/errors/problem.error';

export const MAX_PAGE_SIZE = 200;

/** `limit` and `cursor` for a list whose pages hold at most `maximum` items. */
export function pageQueryOf(maximum: number, defaultLimit: number) {
  class PageQueryOf {
    @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum, default: defaultLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maximum)
    limit?: number;

    @ApiPropertyOptional({ description: 'Opaque cursor from the previous page / 上一页返回的游标' })
    @IsOptional()
    @IsString()
    @Matches(/^[A-Za-z0-9_-]{1,200}$/)
    cursor?: string;
  }
  return PageQueryOf;
}

export class PageQuery extends pageQueryOf(MAX_PAGE_SIZE, 50) {}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to clients: base64url JSON of the last item's sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // Falls through to the problem below.
  }
  throw new ProblemError({ code: 'VALIDATION_FAILED', status: 400, title: { zh: '分页游标无效', en: 'Invalid page cursor' } });
}

/** A cursor over log positions: the position of the last item returned. */
export function decodePositionCursor(cursor: string | undefined): number {
  const key = decodeCursor(cursor);
  if (key === null) return 0;
  const position = key[0];
  if (typeof position === 'number' && Number.isSafeInteger(position) && position >= 0) return position;
  throw new ProblemError({ code: 'VALIDATION_FAILED', status: 400, title: { zh: '分页游标无效', en: 'Invalid page cursor' } });
}
