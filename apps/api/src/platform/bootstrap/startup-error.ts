import { createServer } from 'node:net';
import { bilingual } from '../errors/bilingual';

/**
 * A start that cannot go on for a reason the operator can fix: logged as its
 * message alone, one line in Chinese and English, never as a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** The listener's error as a StartupError when the address is taken, else the error itself. */
export function explainListenError(error: unknown, what: { port: number; host: string; setting: string }): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') return error;
  return new StartupError(
    bilingual({
      zh: `端口 ${what.port}（${what.host}）已被占用：请停止占用它的程序，或用 ${what.setting} 换一个端口`,
      en: `port ${what.port} on ${what.host} is already in use: stop the program using it, or choose another with ${what.setting}`,
    }),
  );
}

/**
 * Fails with a StartupError when the port is taken, before anything slower
 * starts (PostgreSQL, migrations): a second `npm start` says so at once. The
 * listen that follows can still lose a race, and says the same.
 */
export async function ensurePortFree(what: { port: number; host: string; setting: string }): Promise<void> {
  if (what.port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(explainListenError(error, what)));
    probe.listen(what.port, what.host, () => probe.close(() => resolve()));
  });
}
