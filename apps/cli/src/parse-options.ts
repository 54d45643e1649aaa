import { parseArgs } from 'node:util';
import { CliUsageError } from './cli-usage.error';

/**
 * Parses `--name value` options, all strings. Strict: an unknown option, a
 * missing value or a stray argument is a usage error, never ignored.
 */
export function parseOptions<Name extends string>(args: readonly string[], names: readonly Name[]): Partial<Record<Name, string>> {
  const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** One required argument (a file, say) first, then `--name value` options as parseOptions takes them. */
export function parseArgumentAndOptions<Name extends string>(args: readonly string[], argument: string, names: readonly Name[]): { argument: string; options: Partial<Record<Name, string>> } {
  const [first, ...rest] = args;
  if (first === undefined || first.startsWith('--')) throw new CliUsageError(`${argument} is required`);
  return { argument: first, options: parseOptions(rest, names) };
}
