import type { CommandContext } from '../../../write-side/command-context';

/** `SJ-` and ten digits, derived from the command's ids so a retried request issues the same number. */
export function newCardNumber(context: CommandContext): string {
  const hex = context.newId('card').replace(/-/g, '');
  const digits = (BigInt(`0x${hex}`) % 10_000_000_000n).toString().padStart(10, '0');
  return `SJ-${digits}`;
}
