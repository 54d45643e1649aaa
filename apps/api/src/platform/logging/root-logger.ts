import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

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

/** One JSON logger per process, shared by bootstrap, Nest and every request; stdout unless told. */
export function createRootLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  const options = {
    name: 'shiji-api',
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
