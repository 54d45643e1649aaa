import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import pretty from 'pino-pretty';

/**
 * Credentials never reach a log line, whatever logs the request: request
 * lines carry no headers at all (see request-logging.ts) and these paths are
 * censored as a second line of defence.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'authorization',
  'token',
  'jwtSecret',
  'password',
];

export interface RootLoggerOptions {
  /** Where lines go; stdout by default. */
  destination?: DestinationStream;
  /** The process's name on every line. */
  name?: string;
  /** Human-readable lines instead of JSON; by default when the lines go to a terminal. */
  pretty?: boolean;
}

/**
 * One logger per process, shared by bootstrap, Nest and every request: JSON
 * lines for whatever collects them (a file, journald, a log shipper), and
 * coloured one-line messages when a person watches a terminal.
 */
export function createRootLogger(level: LevelWithSilent, options: RootLoggerOptions = {}): Logger {
  const settings = {
    name: options.name ?? 'shiji-api',
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const human = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true);
  if (human) {
    // Synchronous, in this thread: a terminal reads slower than a worker would write, and lines stay in order with stderr.
    return pino(settings, pretty({ destination: options.destination ?? 1, sync: true, colorize: options.destination === undefined, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,name' }));
  }
  return options.destination ? pino(settings, options.destination) : pino(settings);
}
