// One provider call for a stored completion: through its connection's adapter, the answer or the provider's
// error stored once. A provider failure is the completion's stored error, as is a connection that cannot be
// used; only unexpected failures (database down) are thrown, for the job to retry, until its last attempt.
import type { Completion, ProviderConnection, TDatabase } from '@yardstick/db';
import { isProviderError, type TChatRequest } from '@yardstick/providers';
import { adapterForConnection, type TAdapterContext } from '../connections/connection-adapter';
import { isAppError } from '../errors/app-error';
import type { TLogger } from '../logging/logger';
import { storeCompletionFailure, storeCompletionSuccess } from './store-completion-result';

export interface TCallContext {
  database: TDatabase;
  logger: TLogger;
  adapterContext: TAdapterContext;
}

/** Where text goes as it streams; flushed before the result is stored, so no delta arrives after it. */
export interface TDeltaSink {
  push: (delta: string) => void;
  flush: () => Promise<void>;
}

export async function callCompletion(
  context: TCallContext,
  completion: Completion,
  target: { model: string; connectionName: string },
  connection: ProviderConnection | null,
  options: { isLastAttempt: boolean; signal?: AbortSignal; deltas?: TDeltaSink; workerErrorMessage: string },
): Promise<Completion> {
  const { database } = context;
  if (!connection) {
    return storeCompletionFailure(database, completion, {
      errorClass: 'configuration',
      message: `The connection "${target.connectionName}" of this model config was deleted.`,
      latencyMs: 0,
    });
  }
  const startedAt = performance.now();
  try {
    const adapter = adapterForConnection(connection, context.adapterContext);
    const result = await adapter.complete(completion.request as unknown as TChatRequest, {
      signal: options.signal,
      onTextDelta: options.deltas?.push,
    });
    await options.deltas?.flush();
    return await storeCompletionSuccess(
      database,
      completion,
      { provider: connection.kind, model: target.model },
      result,
    );
  } catch (error) {
    await options.deltas?.flush();
    const latencyMs = performance.now() - startedAt;
    if (isProviderError(error)) {
      return storeCompletionFailure(database, completion, {
        errorClass: error.errorClass,
        message: error.message,
        partialText: error.partialText,
        latencyMs,
      });
    }
    // Connection set-up problems (no emulator, credentials that cannot be decrypted) are the completion's to show.
    if (isAppError(error)) {
      return storeCompletionFailure(database, completion, {
        errorClass: 'configuration',
        message: error.message,
        latencyMs,
      });
    }
    if (options.isLastAttempt) {
      context.logger.error(
        { completionId: completion.id, error: String(error) },
        'completion failed for good',
      );
      return storeCompletionFailure(database, completion, {
        errorClass: 'worker_error',
        message: options.workerErrorMessage,
        latencyMs,
      });
    }
    throw error;
  }
}
