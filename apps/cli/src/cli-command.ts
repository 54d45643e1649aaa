/** Where a command writes: stdout carries its result only, so it can be piped. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
}

/** One operator command; each lives in its own file under commands/ and is listed in commands/index.ts. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Options, one per line, shown by `cli help <name>`. */
  usage: string;
  /** Resolves to the process exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
