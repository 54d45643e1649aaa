/**
 * RFC 8785 (JSON Canonicalization Scheme) for the values a JavaScript program
 * holds: object members sorted by UTF-16 code units, no whitespace, strings
 * and numbers exactly as ECMAScript serialises them. Values that
 * JSON.stringify transforms (toJSON, undefined members, boxed primitives) are
 * transformed the same way, so the canonical text of a value equals the
 * canonical text of that value after a trip through JSON and back (through
 * PostgreSQL jsonb included). That is what lets an auditor recompute a hash
 * from events read back from the store.
 */
export function canonicalJson(value: unknown): string {
  const text = serialise(value);
  if (text === undefined) throw new TypeError(`canonicalJson: a ${typeof value} has no JSON representation`);
  return text;
}

function serialise(input: unknown): string | undefined {
  const value = unbox(hasToJson(input) ? input.toJSON() : input);
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // JSON.stringify would store NaN and Infinity as null: an event carrying one is a bug, so refuse it.
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON representation`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON representation');
    case 'object':
      return Array.isArray(value) ? serialiseArray(value) : serialiseObject(value as Record<string, unknown>);
    default:
      return undefined;
  }
}

function serialiseArray(items: readonly unknown[]): string {
  return `[${items.map((item) => serialise(item) ?? 'null').join(',')}]`;
}

function serialiseObject(object: Record<string, unknown>): string {
  const members: string[] = [];
  // The default sort compares UTF-16 code units, which is the order RFC 8785 asks for.
  for (const key of Object.keys(object).sort()) {
    const member = serialise(object[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function unbox(value: unknown): unknown {
  return value instanceof Number || value instanceof String || value instanceof Boolean ? value.valueOf() : value;
}
