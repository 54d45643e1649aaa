/** Where /metrics is served: a listener of its own, never the api's port (see the README's Metrics section). */
export interface MetricsSettings {
  /** METRICS_PORT (default 9464); null with `off`: no metrics listener. */
  port: number | null;
  /** METRICS_HOST (default 127.0.0.1). */
  host: string;
  /** METRICS_TOKEN: when set, scrapes must send `Authorization: Bearer <token>`; required off loopback. */
  token?: string;
}

export const MIN_METRICS_TOKEN_LENGTH = 16;
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/**
 * Reads the METRICS_* variables, adding what is wrong to `problems`. A host
 * other than loopback without a token is refused: the metrics would be open
 * to anyone who reaches the machine, by an oversight rather than a choice.
 */
export function parseMetricsSettings(value: (name: string) => string | undefined, problems: string[]): MetricsSettings {
  const portText = (value('METRICS_PORT') ?? '9464').toLowerCase();
  let port: number | null = null;
  if (portText !== 'off') {
    if (/^\d+$/.test(portText) && Number(portText) <= 65_535) port = Number(portText);
    else problems.push(`METRICS_PORT must be an integer from 0 to 65535, or off (got ${JSON.stringify(portText)})`);
  }
  const host = value('METRICS_HOST') ?? '127.0.0.1';
  const token = value('METRICS_TOKEN');
  if (token !== undefined && token.length < MIN_METRICS_TOKEN_LENGTH) {
    problems.push(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters (got ${token.length})`);
  }
  if (port !== null && token === undefined && !LOOPBACK.test(host)) {
    problems.push(`METRICS_TOKEN is required when METRICS_HOST is not a loopback address (got ${JSON.stringify(host)})`);
  }
  return { port, host, ...(token !== undefined ? { token } : {}) };
}
