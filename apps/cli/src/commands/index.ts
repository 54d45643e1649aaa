import type { CliCommand } from '../cli-command';
import { adminCommand } from './admin.command';
import { backupCommand } from './backup.command';
import { migrateCommand } from './migrate.command';
import { openapiCommand } from './openapi.command';
import { replayCommand } from './replay.command';
import { restoreCommand } from './restore.command';
import { tokenCommand } from './token.command';
import { verifyCommand } from './verify.command';

/** Every command of the cli: a new command is one file plus one line here. */
export const COMMANDS: readonly CliCommand[] = [tokenCommand, adminCommand, migrateCommand, replayCommand, verifyCommand, backupCommand, restoreCommand, openapiCommand];
