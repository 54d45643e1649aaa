import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';

export const RESULTS_FILE = join(__dirname, '..', 'results', 'latest.json');

export function machineInfo() {
  const cores = cpus();
  return { os: `${osType()} ${release()}`, cpu_model: cores[0]?.model ?? 'unknown', cpus: cores.length, memory_gb: Math.round(totalmem() / 1024 ** 3), node: process.version };
}

export function writeResults(results: Record<string, unknown>, fileName = 'latest.json'): void {
  const file = join(RESULTS_FILE, '..', fileName);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** The short table on stdout: one line per headline figure. */
export function printTable(rows: Array<[string, string, string]>, header: [string, string, string] = ['scenario', 'measured', 'baseline / ratio']): void {
  const widths = [0, 1, 2].map((column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const line = (row: [string, string, string]) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  process.stdout.write(`${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
}
