import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Pool } from 'pg';
import { decodeCursor, encodeCursor, type Page, pageQueryOf } from './pagination';

/** `sort` values a list takes: each key ascending (`name`) or descending (`-name`). */
export function sortValues<K extends string>(keys: readonly K[]): Array<K | `-${K}`> {
  return keys.flatMap((key) => [key, `-${key}` as const]);
}

/** limit, cursor and `sort` (one of `keys`, `-` first for descending; `fallback` when absent). */
export function sortedPageQueryOf<K extends string>(keys: readonly K[], fallback: K | `-${K}`, maximum = 200, defaultLimit = 50) {
  const values = sortValues(keys);
  class SortedPageQuery extends pageQueryOf(maximum, defaultLimit) {
    @ApiPropertyOptional({ enum: values, default: fallback, description: `排序：${keys.join('、')}，前加 - 为降序 / sort by ${keys.join(', ')}; a leading - for descending` })
    @IsOptional()
    @IsIn(values)
    sort?: K | `-${K}`;
  }
  return SortedPageQuery;
}

/** How a list sorts by one key: a SQL expression, text or number, compared with the row id for ties. */
export interface SortKey {
  expression: string;
  type: 'text' | 'number';
}

export interface SortedPageSpec<K extends string> {
  /** `SELECT … FROM …`, without WHERE or ORDER BY, selecting the row's id as `id` (the sort value is added as `sort_value`). */
  select: string;
  where: readonly string[];
  params: unknown[];
  /** The id column that breaks ties, e.g. `p.id`. */
  id: string;
  keys: Readonly<Record<K, SortKey>>;
  sort: K | `-${K}`;
  limit: number;
  cursor: string | undefined;
}

/**
 * One page of a list in the order asked for, by keyset: the cursor holds the
 * last row's sort value and id, so a page never repeats or skips a row that
 * was there when the list was first read, whatever is added meanwhile.
 */
export async function sortedPage<Row extends { id: string; sort_value: string | number | null }, K extends string>(pool: Pool, spec: SortedPageSpec<K>): Promise<Page<Row>> {
  const descending = spec.sort.startsWith('-');
  const key = spec.keys[(descending ? spec.sort.slice(1) : spec.sort) as K];
  // Text by code point: the same order on every server, whatever its locale, and the cursor's comparison agrees with it.
  const value = key.type === 'number' ? `COALESCE((${key.expression})::numeric, 0)` : `(COALESCE((${key.expression})::text, '') COLLATE "C")`;
  const params = [...spec.params];
  const where = [...spec.where];
  const after = decodeCursor(spec.cursor);
  if (after) where.push(`(${value}, ${spec.id}) ${descending ? '<' : '>'} ($${params.push(after[0])}${key.type === 'number' ? '::numeric' : '::text COLLATE "C"'}, $${params.push(String(after[1]))})`);
  const direction = descending ? 'DESC' : 'ASC';
  const { rows } = await pool.query<Row>(
    `${spec.select.replace(/^\s*SELECT/i, `SELECT ${value} AS sort_value,`)}
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${value} ${direction}, ${spec.id} ${direction} LIMIT $${params.push(spec.limit + 1)}`,
    params,
  );
  const items = rows.slice(0, spec.limit);
  const last = items[items.length - 1];
  const lastValue = last === undefined ? null : key.type === 'number' ? Number(last.sort_value) : String(last.sort_value);
  return { items, nextCursor: rows.length > spec.limit && last && lastValue !== null ? encodeCursor([lastValue, last.id]) : null };
}
