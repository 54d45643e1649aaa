import { ConfigError } from '../../api/src/platform/config/config.error';
import type { CliCommand, CliIo } from './cli-command';
import { CliUsageError } from './cli-usage.error';

function overview(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `usage: npm run -s cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n  ${'help'.padEnd(width)}  show a command's options\n`;
}

function commandHelp(command: CliCommand): string {
  return `usage: npm run -s cli -- ${command.name} [options]\n${command.summary}\n\n${command.usage}\n`;
}

/** Dispatches argv to a command and turns its outcome into an exit code. */
export async function runCli(argv: readonly string[], commands: readonly CliCommand[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const command = commands.find((candidate) => candidate.name === args[0]);
    io.stdout(command ? commandHelp(command) : overview(commands));
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`unknown command "${name}"\n\n${overview(commands)}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`${error.message}\n\n${commandHelp(command)}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    io.stderr(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
