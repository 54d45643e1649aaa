import type { CliCommand } from '../cli-command';
import { migrateCommand } from './migrate.command';
import { tokenCommand } from './token.command';

/** Every command of the cli: a new command is one file plus one line here. */
export const COMMANDS: readonly CliCommand[] = [tokenCommand, migrateCommand];
