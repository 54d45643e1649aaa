import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The web app's typed client is generated from the api's OpenAPI document into this file. */
export const WEB_API_SCHEMA_FILE = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');

/** openapi-typescript is an ES module with ES-module dependencies: it runs in its own Node process, outside Jest's module registry. */
export function webApiSchemaSource(document: unknown): string {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'web-api-schema.mjs')], { input: JSON.stringify(document), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`generating the web client failed: ${result.stderr}`);
  return result.stdout;
}

export async function committedWebApiSchema(): Promise<string | null> {
  return readFile(WEB_API_SCHEMA_FILE, 'utf8').catch(() => null);
}

export async function writeWebApiSchema(source: string): Promise<void> {
  await writeFile(WEB_API_SCHEMA_FILE, source);
}
