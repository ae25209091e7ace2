// Structured logs (pino): JSON for machines, pretty on a terminal. Secrets never reach a log line.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  '*.*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers["x-signature-ed25519"]',
  'headers["x-signature-timestamp"]',
  'config.token',
  'config.discordToken',
  'discordToken',
];

export function createLogger(options: { level?: string; pretty?: boolean; destination?: pino.DestinationStream } = {}): Logger {
  const base = { level: options.level ?? 'info', redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { app: 'coverage-bot' } };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    try {
      return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, destination: 2 } } });
    } catch {
      // pino-pretty is a development dependency: without it, plain JSON.
    }
  }
  return pino(base, pino.destination(2));
}
