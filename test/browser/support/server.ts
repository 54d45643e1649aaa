import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the global setup started, read by every journey. */
export interface BrowserSuiteServer {
  baseUrl: string;
  jwtSecret: string;
  pid: number;
  dataDir: string;
  /** The copy of the build the api runs from. */
  build: string;
}

export const STATE_FILE = join(__dirname, '..', 'test-results', 'server.json');

export function server(): BrowserSuiteServer {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as BrowserSuiteServer;
}
