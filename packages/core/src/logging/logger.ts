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
  'secretAccessKey',
  '*.secretAccessKey',
  'sessionToken',
  '*.sessionToken',
  'encryptedCredentials',
  '*.encryptedCredentials',
];

export type TLogger = pino.Logger;

export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): TLogger {
  const options = {
    name,
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: { service: name },
  };
  return destination ? pino(options, destination) : pino(options);
}
