import { COMMANDS } from './commands';
import { runCli } from './run-cli';

void runCli(process.argv.slice(2), COMMANDS, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
