import pino from 'pino';

// Secrets never reach the logs: anything that could carry one is censored wherever it appears.
const redactedPaths = [
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'cookie',
  '*.cookie',
  'credentials',
  '*.credentials',
];

export type TLogger = pino.Logger;

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): TLogger {
  return pino({ name, level, redact: { paths: redactedPaths, censor: '[redacted]' }, base: { service: name } });
}
