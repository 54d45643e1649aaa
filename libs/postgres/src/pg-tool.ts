import { spawn } from 'node:child_process';
import type { OsUser } from './postgres-os-user';

export interface ToolOutcome {
  code: number | null;
  output: string;
}

/** Runs one of the server's programs (as `runAs` when given) and collects what it printed. */
export function runPgTool(file: string, args: readonly string[], runAs: OsUser | undefined): Promise<ToolOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      uid: runAs?.uid,
      gid: runAs?.gid,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output: output.trim() }));
  });
}

/** runPgTool, failing unless the program exits 0. */
export async function execPgTool(file: string, args: readonly string[], runAs: OsUser | undefined): Promise<void> {
  const { code, output } = await runPgTool(file, args, runAs);
  if (code !== 0) throw new Error(`${file} ${args[0]} exited with ${code}: ${output}`);
}
