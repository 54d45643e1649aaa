import type { Logger } from 'pino';
import { StartupError } from './startup-error';

/** Past this, something hangs: exit anyway rather than wait for a SIGKILL. */
const STOP_TIMEOUT_MS = 30_000;

interface Closer {
  name: string;
  close: () => Promise<void>;
}

/**
 * Orders a process's start and stop. What starts registers how to stop it;
 * on SIGINT/SIGTERM (or a failed start) everything stops in reverse order:
 * the app (HTTP server, pools, subscriptions through their shutdown hooks)
 * before the embedded PostgreSQL under it. A signal during startup waits
 * for the step in flight, so no server is left running unowned; a crash
 * (an uncaught exception or rejection) stops in the same order, exit 1, for
 * the same reason. Nest's enableShutdownHooks would re-raise the signal and
 * exit non-zero.
 */
export class ProcessLifecycle {
  private readonly closers: Closer[] = [];
  private startup: Promise<void> = Promise.resolve();
  private stopping = false;

  constructor(private readonly logger: Logger) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => void this.stop(0, `received ${signal}`));
    }
    const crash = (error: unknown): void => {
      this.logger.fatal({ err: error }, 'crashed');
      void this.stop(1, 'crashed');
    };
    process.on('uncaughtException', crash);
    process.on('unhandledRejection', crash);
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Runs the startup steps; a failure stops what already started and exits 1. */
  start(steps: () => Promise<void>): void {
    this.startup = steps().catch((error: unknown) => {
      if (error instanceof StartupError) this.logger.fatal(error.message);
      else this.logger.fatal({ err: error }, 'startup failed');
      void this.stop(1, 'startup failed');
    });
  }

  onStop(name: string, close: () => Promise<void>): void {
    this.closers.push({ name, close });
  }

  async stop(exitCode: number, reason: string): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.logger.info({ reason }, 'stopping');
    setTimeout(() => {
      this.logger.error('stop timed out');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    await this.startup;
    let code = exitCode;
    for (const { name, close } of [...this.closers].reverse()) {
      try {
        await close();
        this.logger.info(`${name} stopped`);
      } catch (error) {
        this.logger.error({ err: error }, `${name} failed to stop`);
        code = 1;
      }
    }
    process.exit(code);
  }
}
