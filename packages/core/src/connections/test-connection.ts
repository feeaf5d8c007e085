import type { ProviderConnection, TDatabase } from '@yardstick/db';
import {
  createProviderAdapter,
  isProviderError,
  type TConnectionConfig,
  type TUsage,
} from '@yardstick/providers';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { isAppError, ValidationError } from '../errors/app-error';
import { recordUsage } from '../usage/record-usage';
import { connectionConfig, type TAdapterContext } from './connection-adapter';
import { defaultTestModels } from './connection-view';
import { findProjectConnection } from './project-connection';

export const ZTestConnection = z.strictObject({
  model: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
});
export type TTestConnection = z.infer<typeof ZTestConnection>;

export interface TConnectionTestResult {
  ok: boolean;
  /** The normalized provider error class (authentication, rate_limited, …), or our own error code. */
  errorClass?: string;
  message: string;
  latencyMs: number;
  model: string;
  testedAt: string;
}

// A test reports the provider's first answer as it is, and soon: no retries, and a shorter wait than a job's.
const testTimeoutMs = 30_000;
const messageLength = 500;

interface TAttempt {
  ok: boolean;
  errorClass?: string;
  message: string;
  latencyMs: number;
  /** Undefined when no call was made, so there is no usage to record. */
  usage: TUsage | undefined;
}

function failureOf(error: unknown): { ok: false; errorClass: string; message: string } {
  if (isProviderError(error)) return { ok: false, errorClass: error.errorClass, message: error.message };
  if (isAppError(error)) return { ok: false, errorClass: error.code, message: error.message };
  throw error;
}

/** Providers sometimes echo what they were sent; a stored or shown message must never carry a secret. */
function withoutSecrets(message: string, config: TConnectionConfig): string {
  if (config.kind === 'emulated') return message;
  const secrets = [config.apiKey, config.accessKeyId, config.secretAccessKey, config.sessionToken];
  return secrets.reduce<string>(
    (text, secret) => (secret && secret.length >= 6 ? text.replaceAll(secret, '[redacted]') : text),
    message,
  );
}

async function attemptCall(
  connection: ProviderConnection,
  model: string,
  context: TAdapterContext,
): Promise<TAttempt> {
  let config: TConnectionConfig;
  let adapter: ReturnType<typeof createProviderAdapter>;
  try {
    config = connectionConfig(connection, context);
    const timeoutMs = Math.min(config.timeoutMs ?? testTimeoutMs, testTimeoutMs);
    adapter = createProviderAdapter({ ...config, maxRetries: 0, timeoutMs });
  } catch (error) {
    // The connection cannot even be set up (unreadable credentials, emulator not running): no call is made.
    return { ...failureOf(error), latencyMs: 0, usage: undefined };
  }
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const reply = await adapter.complete({
      model,
      messages: [{ role: 'user', content: 'ping' }],
      maxOutputTokens: 1,
    });
    const latencyMs = elapsed();
    return {
      ok: true,
      message: `Connected: ${model} answered in ${latencyMs} ms.`,
      latencyMs,
      usage: reply.usage,
    };
  } catch (error) {
    const failure = failureOf(error);
    return { ...failure, message: withoutSecrets(failure.message, config), latencyMs: elapsed(), usage: {} };
  }
}

/**
 * A one-token call through the connection. Success or a provider's error is a stored result (shown in
 * settings), never a failed request; a call that reached the provider is recorded as usage.
 */
export async function testConnection(
  dependencies: { database: TDatabase; adapterContext: TAdapterContext },
  actor: TActor,
  projectId: string,
  connectionId: string,
  input: TTestConnection,
): Promise<TConnectionTestResult> {
  const { database, adapterContext } = dependencies;
  await requireProjectRole(database, actor, projectId, 'admin');
  const connection = await findProjectConnection(database, projectId, connectionId);
  const model = input.model ?? defaultTestModels[connection.kind];
  if (!model) {
    throw new ValidationError(
      'OpenAI-compatible servers have no standard model: name the model to test with (e.g. llama3.2 on Ollama).',
      [{ field: 'body.model', message: 'is required for an OpenAI-compatible connection' }],
    );
  }
  const testedAt = new Date();
  const attempt = await attemptCall(connection, model, adapterContext);
  const message = attempt.message.slice(0, messageLength);
  if (attempt.usage) {
    await recordUsage(database, {
      idempotencyKey: `connection-test:${connection.id}:${testedAt.getTime()}`,
      projectId,
      connectionId: connection.id,
      provider: connection.kind,
      model,
      source: 'connection_test',
      referenceType: 'connection',
      referenceId: connection.id,
      usage: attempt.usage,
      latencyMs: attempt.latencyMs,
      isSuccess: attempt.ok,
      ...(attempt.errorClass ? { errorClass: attempt.errorClass } : {}),
      occurredAt: testedAt,
    });
  }
  await database.providerConnection.update({
    where: { id: connection.id },
    data: {
      lastTestedAt: testedAt,
      lastTestOk: attempt.ok,
      lastTestMessage: attempt.errorClass ? `${attempt.errorClass}: ${message}` : message,
    },
  });
  return {
    ok: attempt.ok,
    ...(attempt.errorClass ? { errorClass: attempt.errorClass } : {}),
    message,
    latencyMs: attempt.latencyMs,
    model,
    testedAt: testedAt.toISOString(),
  };
}
