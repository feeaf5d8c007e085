import { ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import type { RunningEmulator } from '../src/index';
import { anthropic, bedrock, gemini, openai } from './helpers';

export interface CallOptions {
  stream: boolean;
  model?: string;
  prompt?: string;
  signal?: AbortSignal;
  /** Called for every streamed text chunk, so tests can see how far a stream got. */
  onText?: (text: string) => void;
}

export interface CallResult {
  text: string;
  finish: string | undefined;
}

/** The same request through each real SDK, and how each SDK surfaces the outcome. */
export interface ProviderAdapter {
  provider: 'openai' | 'anthropic' | 'bedrock' | 'gemini';
  call(emu: RunningEmulator, options: CallOptions): Promise<CallResult>;
  status(error: unknown): number | undefined;
  retryAfter(error: unknown): string | undefined;
  /** The provider's own name for the error (type, code, exception name or status string). */
  errorName(error: unknown): string | undefined;
  contentFilterFinish: string;
}

const DEFAULT_PROMPT = 'Open-source vs proprietary LLM: which should a startup choose?';

type WithStatus = { status?: number; headers?: Headers; code?: string; type?: string; message?: string };

export const ADAPTERS: ProviderAdapter[] = [
  {
    provider: 'openai',
    async call(emu, { stream, model = 'emulated-strong', prompt = DEFAULT_PROMPT, signal, onText }) {
      const messages = [{ role: 'user' as const, content: prompt }];
      const client = openai(emu);
      if (!stream) {
        const res = await client.chat.completions.create({ model, messages }, { signal });
        return { text: res.choices[0]?.message.content ?? '', finish: res.choices[0]?.finish_reason };
      }
      const chunks = await client.chat.completions.create({ model, messages, stream: true }, { signal });
      let text = '';
      let finish: string | undefined;
      for await (const chunk of chunks) {
        const piece = chunk.choices[0]?.delta.content;
        if (piece) onText?.(piece);
        text += piece ?? '';
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { text, finish };
    },
    status: (e) => (e as WithStatus).status,
    retryAfter: (e) => (e as WithStatus).headers?.get('retry-after') ?? undefined,
    errorName: (e) => (e as WithStatus).code ?? (e as WithStatus).type,
    contentFilterFinish: 'content_filter',
  },
  {
    provider: 'anthropic',
    async call(emu, { stream, model = 'emulated-strong', prompt = DEFAULT_PROMPT, signal, onText }) {
      const body = { model, max_tokens: 1024, messages: [{ role: 'user' as const, content: prompt }] };
      const client = anthropic(emu);
      if (!stream) {
        const res = await client.messages.create(body, { signal });
        const text = res.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
        return { text, finish: res.stop_reason ?? undefined };
      }
      const events = await client.messages.create({ ...body, stream: true }, { signal });
      let text = '';
      let finish: string | undefined;
      for await (const event of events) {
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
          onText?.(event.delta.text);
          text += event.delta.text;
        }
        if (event.type === 'message_delta') finish = event.delta.stop_reason ?? undefined;
      }
      return { text, finish };
    },
    status: (e) => (e as WithStatus).status,
    retryAfter: (e) => (e as WithStatus).headers?.get('retry-after') ?? undefined,
    errorName: (e) => (e as WithStatus).type,
    contentFilterFinish: 'refusal',
  },
  {
    provider: 'bedrock',
    async call(emu, { stream, model = 'emulated-strong', prompt = DEFAULT_PROMPT, signal, onText }) {
      const input = { modelId: model, messages: [{ role: 'user' as const, content: [{ text: prompt }] }] };
      const client = bedrock(emu);
      try {
        if (!stream) {
          const res = await client.send(new ConverseCommand(input), { abortSignal: signal });
          return { text: res.output?.message?.content?.[0]?.text ?? '', finish: res.stopReason };
        }
        const res = await client.send(new ConverseStreamCommand(input), { abortSignal: signal });
        let text = '';
        let finish: string | undefined;
        for await (const event of res.stream ?? []) {
          const piece = event.contentBlockDelta?.delta?.text;
          if (piece) onText?.(piece);
          text += piece ?? '';
          finish = event.messageStop?.stopReason ?? finish;
        }
        return { text, finish };
      } finally {
        client.destroy();
      }
    },
    status: (e) => (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
    retryAfter: (e) => {
      const headers = (e as { $response?: { headers?: Record<string, string> } }).$response?.headers;
      return headers?.['retry-after'];
    },
    errorName: (e) => (e as Error).name,
    contentFilterFinish: 'content_filtered',
  },
  {
    provider: 'gemini',
    async call(emu, { stream, model = 'emulated-strong', prompt = DEFAULT_PROMPT, signal, onText }) {
      const client = gemini(emu);
      const request = { model, contents: prompt, config: { abortSignal: signal } };
      if (!stream) {
        const res = await client.models.generateContent(request);
        return { text: res.text ?? '', finish: res.candidates?.[0]?.finishReason };
      }
      let text = '';
      let finish: string | undefined;
      for await (const chunk of await client.models.generateContentStream(request)) {
        const piece = chunk.text;
        if (piece) onText?.(piece);
        text += piece ?? '';
        finish = chunk.candidates?.[0]?.finishReason ?? finish;
      }
      return { text, finish };
    },
    status: (e) => (e as WithStatus).status,
    // The genai SDK keeps only the body: the retry delay travels as google.rpc.RetryInfo.
    retryAfter: (e) => /"retryDelay":"(\d+)s"/.exec((e as WithStatus).message ?? '')?.[1],
    errorName: (e) => /"status":"([A-Z_]+)"/.exec((e as WithStatus).message ?? '')?.[1],
    contentFilterFinish: 'SAFETY',
  },
];
