// Google Gemini (the Gemini API, not Vertex AI) through the official @google/genai SDK.
import { type GenerateContentResponse, GoogleGenAI, type HttpOptions } from '@google/genai';
import { ProviderError } from '../errors';
import { executeReliably, type TAttemptContext } from '../reliability/execute';
import { resolveReliabilityPolicy } from '../reliability/policy';
import { headerLookup, type THeaderLookup } from '../reliability/retry-after';
import type {
  TCallOptions,
  TChatRequest,
  TChatResult,
  TConnectionConfig,
  TEmbedOptions,
  TEmbedResult,
  TProviderAdapter,
} from '../types';
import { mapGeminiError, promptBlockedError } from './gemini-errors';
import {
  fromGeminiFinishReason,
  fromGeminiUsage,
  textOfGeminiCandidate,
  toGeminiRequest,
} from './gemini-mapping';
import { trimTrailingSlashes } from './shared/base-url';
import { type TCompletion, toChatResult } from './shared/completion';
import { incompleteStreamError } from './shared/transport-errors';

/**
 * The SDK's ApiError drops the response headers, so each attempt routes through a fetch that keeps the last
 * response's headers (retry-after, request id) for error mapping.
 */
function headerCapture(): { httpOptions: HttpOptions; headers: () => THeaderLookup | undefined } {
  let lastResponse: Response | undefined;
  return {
    httpOptions: {
      fetch: async (input, init) => {
        lastResponse = await fetch(input, init);
        return lastResponse;
      },
    },
    headers: () => (lastResponse ? headerLookup(lastResponse.headers) : undefined),
  };
}

export function createGeminiAdapter(connection: TConnectionConfig): TProviderAdapter {
  if (!connection.apiKey) {
    throw new ProviderError({
      errorClass: 'authentication',
      message: 'A gemini connection needs an apiKey',
      provider: 'gemini',
    });
  }
  const policy = resolveReliabilityPolicy(connection, (error) => mapGeminiError(error));
  const client = new GoogleGenAI({
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI in the environment cannot reroute a Gemini API connection.
    vertexai: false,
    apiKey: connection.apiKey,
    httpOptions: connection.baseUrl ? { baseUrl: trimTrailingSlashes(connection.baseUrl) } : undefined,
  });

  async function completeOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { contents, config, warnings } = toGeminiRequest(request);
    const capture = headerCapture();
    let response: GenerateContentResponse;
    try {
      response = await client.models.generateContent({
        model: request.model,
        contents,
        config: { ...config, abortSignal: context.signal, httpOptions: capture.httpOptions },
      });
    } catch (error) {
      throw mapGeminiError(error, capture.headers());
    }
    const blocked = promptBlockedError(response);
    if (blocked) {
      throw blocked;
    }
    const candidate = response.candidates?.[0];
    return {
      text: textOfGeminiCandidate(candidate),
      finishReason: fromGeminiFinishReason(candidate?.finishReason),
      rawFinishReason: candidate?.finishReason,
      usage: fromGeminiUsage(response.usageMetadata),
      rawUsage: response.usageMetadata,
      requestId: response.responseId,
      model: response.modelVersion ?? request.model,
      warnings,
    };
  }

  async function streamOnce(request: TChatRequest, context: TAttemptContext): Promise<TCompletion> {
    const { contents, config, warnings } = toGeminiRequest(request);
    const capture = headerCapture();
    let text = '';
    let last: GenerateContentResponse | undefined;
    let finishReason: string | undefined;
    try {
      const stream = await client.models.generateContentStream({
        model: request.model,
        contents,
        config: { ...config, abortSignal: context.signal, httpOptions: capture.httpOptions },
      });
      for await (const chunk of stream) {
        last = chunk;
        const blocked = promptBlockedError(chunk);
        if (blocked) {
          throw blocked;
        }
        const candidate = chunk.candidates?.[0];
        const delta = textOfGeminiCandidate(candidate);
        if (delta) {
          text += delta;
          context.emitText(delta);
        }
        finishReason = candidate?.finishReason ?? finishReason;
      }
    } catch (error) {
      throw mapGeminiError(error, capture.headers());
    }
    context.signal.throwIfAborted();
    if (finishReason === undefined) {
      throw incompleteStreamError('gemini').with({ requestId: last?.responseId });
    }
    // Each chunk's usageMetadata is the running total, so the last one is the answer's usage.
    return {
      text,
      finishReason: fromGeminiFinishReason(finishReason),
      rawFinishReason: finishReason,
      usage: fromGeminiUsage(last?.usageMetadata),
      rawUsage: last?.usageMetadata,
      requestId: last?.responseId,
      model: last?.modelVersion ?? request.model,
      warnings,
    };
  }

  return {
    kind: 'gemini',
    async complete(request: TChatRequest, options: TCallOptions = {}): Promise<TChatResult> {
      const attempt = options.onTextDelta ? streamOnce : completeOnce;
      const outcome = await executeReliably(policy, options, (context) => attempt(request, context));
      return toChatResult(outcome);
    },
    async embed(texts: string[], options: TEmbedOptions): Promise<TEmbedResult> {
      const outcome = await executeReliably(policy, { signal: options.signal }, async (context) => {
        const capture = headerCapture();
        try {
          return await client.models.embedContent({
            model: options.model,
            contents: texts,
            config: { abortSignal: context.signal, httpOptions: capture.httpOptions },
          });
        } catch (error) {
          throw mapGeminiError(error, capture.headers());
        }
      });
      const embeddings = outcome.value.embeddings ?? [];
      // Only Vertex reports per-text token counts; the Gemini API reports none.
      const counts = embeddings.map((embedding) => embedding.statistics?.tokenCount);
      const known = counts.length > 0 && counts.every((count) => count !== undefined);
      return {
        embeddings: embeddings.map((embedding) => embedding.values ?? []),
        usage: {
          inputTokens: known ? counts.reduce((sum: number, count) => sum + (count ?? 0), 0) : undefined,
        },
        latencyMs: outcome.latencyMs,
      };
    },
  };
}
