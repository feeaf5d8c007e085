// Request and response translation per provider, as pure functions (the wire round trip is in the contract tests).
import { describe, expect, it } from 'vitest';
import { createProviderAdapter } from '../src/adapters';
import {
  ANTHROPIC_DEFAULT_MAX_TOKENS,
  fromAnthropicStopReason,
  fromAnthropicUsage,
  mergeAnthropicStreamUsage,
  toAnthropicParams,
} from '../src/adapters/anthropic-mapping';
import {
  fromBedrockStopReason,
  fromBedrockUsage,
  toBedrockConverseInput,
} from '../src/adapters/bedrock-mapping';
import {
  fromGeminiFinishReason,
  fromGeminiUsage,
  textOfGeminiCandidate,
  toGeminiRequest,
} from '../src/adapters/gemini-mapping';
import { fromOpenAIFinishReason, fromOpenAIUsage, toOpenAIChatParams } from '../src/adapters/openai-mapping';
import type { TChatRequest } from '../src/types';

const fullRequest: TChatRequest = {
  model: 'some-model',
  system: 'Be brief.',
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Hello' },
    { role: 'user', content: 'Capital of France?' },
  ],
  temperature: 0.2,
  topP: 0.9,
  maxOutputTokens: 64,
  stopSequences: ['\n\n'],
  seed: 7,
};

const schemaFormat = {
  type: 'json_schema' as const,
  name: 'city answer',
  schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

describe('OpenAI mapping', () => {
  it('maps every setting', () => {
    const { params, warnings } = toOpenAIChatParams(
      { ...fullRequest, responseFormat: schemaFormat },
      'openai',
    );
    expect(params).toEqual({
      model: 'some-model',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Capital of France?' },
      ],
      temperature: 0.2,
      top_p: 0.9,
      seed: 7,
      stop: ['\n\n'],
      max_completion_tokens: 64,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'city_answer', schema: schemaFormat.schema },
      },
    });
    expect(warnings).toEqual([]);
  });

  it('sends max_tokens to OpenAI-compatible servers and json_object for json', () => {
    const { params } = toOpenAIChatParams(
      { ...fullRequest, responseFormat: { type: 'json' } },
      'openai_compatible',
    );
    expect(params.max_tokens).toBe(64);
    expect(params.max_completion_tokens).toBeUndefined();
    expect(params.response_format).toEqual({ type: 'json_object' });
  });

  it('keeps cached and reasoning tokens as subsets of the totals', () => {
    expect(
      fromOpenAIUsage({
        prompt_tokens: 1200,
        completion_tokens: 300,
        total_tokens: 1500,
        prompt_tokens_details: { cached_tokens: 1024 },
        completion_tokens_details: { reasoning_tokens: 200 },
      }),
    ).toEqual({ inputTokens: 1200, outputTokens: 300, cachedInputTokens: 1024, reasoningTokens: 200 });
  });

  it('leaves unreported counts undefined', () => {
    expect(fromOpenAIUsage(undefined)).toEqual({});
    const usage = fromOpenAIUsage({ prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 });
    expect(usage.cachedInputTokens).toBeUndefined();
    expect(usage.reasoningTokens).toBeUndefined();
  });

  it('maps finish reasons', () => {
    expect(fromOpenAIFinishReason('stop')).toBe('stop');
    expect(fromOpenAIFinishReason('length')).toBe('length');
    expect(fromOpenAIFinishReason('content_filter')).toBe('content_filter');
    expect(fromOpenAIFinishReason('tool_calls')).toBe('tool_calls');
    expect(fromOpenAIFinishReason('function_call')).toBe('tool_calls');
    expect(fromOpenAIFinishReason(null)).toBe('other');
  });
});

describe('Anthropic mapping', () => {
  it('maps settings and warns about the ones the API rejects', () => {
    const { params, warnings } = toAnthropicParams({ ...fullRequest, responseFormat: schemaFormat });
    expect(params).toEqual({
      model: 'some-model',
      max_tokens: 64,
      system: 'Be brief.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello' },
        { role: 'user', content: 'Capital of France?' },
      ],
      stop_sequences: ['\n\n'],
      output_config: { format: { type: 'json_schema', schema: schemaFormat.schema } },
    });
    expect(warnings).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/temperature/);
    expect(warnings.join('\n')).toMatch(/topP/);
    expect(warnings.join('\n')).toMatch(/seed/);
  });

  it('defaults max_tokens with a warning', () => {
    const { params, warnings } = toAnthropicParams({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(params.max_tokens).toBe(ANTHROPIC_DEFAULT_MAX_TOKENS);
    expect(warnings).toEqual([expect.stringMatching(/max_tokens/)]);
  });

  it('adds cache reads and writes to input tokens', () => {
    expect(
      fromAnthropicUsage({
        input_tokens: 50,
        output_tokens: 120,
        cache_read_input_tokens: 1000,
        cache_creation_input_tokens: 200,
        output_tokens_details: { thinking_tokens: 80 },
      }),
    ).toEqual({
      inputTokens: 1250,
      outputTokens: 120,
      cachedInputTokens: 1000,
      cacheWriteTokens: 200,
      reasoningTokens: 80,
    });
  });

  it('leaves absent cache counts undefined', () => {
    expect(
      fromAnthropicUsage({
        input_tokens: 10,
        output_tokens: 3,
        cache_read_input_tokens: null,
        cache_creation_input_tokens: null,
      }),
    ).toEqual({ inputTokens: 10, outputTokens: 3 });
  });

  it('merges stream usage: message_start then the cumulative message_delta', () => {
    const merged = mergeAnthropicStreamUsage(
      {
        input_tokens: 40,
        output_tokens: 1,
        cache_read_input_tokens: 500,
        cache_creation_input_tokens: 0,
        cache_creation: null,
        inference_geo: null,
        output_tokens_details: null,
        server_tool_use: null,
        service_tier: null,
      } as never,
      {
        input_tokens: null,
        output_tokens: 77,
        cache_read_input_tokens: null,
        cache_creation_input_tokens: null,
        output_tokens_details: null,
        server_tool_use: null,
      },
    );
    expect(fromAnthropicUsage(merged)).toEqual({
      inputTokens: 540,
      outputTokens: 77,
      cachedInputTokens: 500,
      cacheWriteTokens: 0,
    });
  });

  it('maps stop reasons', () => {
    expect(fromAnthropicStopReason('end_turn')).toBe('stop');
    expect(fromAnthropicStopReason('stop_sequence')).toBe('stop');
    expect(fromAnthropicStopReason('max_tokens')).toBe('length');
    expect(fromAnthropicStopReason('refusal')).toBe('content_filter');
    expect(fromAnthropicStopReason('tool_use')).toBe('tool_calls');
    expect(fromAnthropicStopReason('pause_turn')).toBe('other');
  });
});

describe('Bedrock mapping', () => {
  it('maps settings to Converse', () => {
    const { input, warnings } = toBedrockConverseInput({ ...fullRequest, responseFormat: schemaFormat });
    expect(input).toEqual({
      modelId: 'some-model',
      system: [{ text: 'Be brief.' }],
      messages: [
        { role: 'user', content: [{ text: 'Hi' }] },
        { role: 'assistant', content: [{ text: 'Hello' }] },
        { role: 'user', content: [{ text: 'Capital of France?' }] },
      ],
      inferenceConfig: { maxTokens: 64, temperature: 0.2, topP: 0.9, stopSequences: ['\n\n'] },
      outputConfig: {
        textFormat: {
          type: 'json_schema',
          structure: { jsonSchema: { name: 'city answer', schema: JSON.stringify(schemaFormat.schema) } },
        },
      },
    });
    expect(warnings).toEqual([expect.stringMatching(/seed/)]);
  });

  it('warns that Converse has no schema-less JSON mode', () => {
    const { input, warnings } = toBedrockConverseInput({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
      responseFormat: { type: 'json' },
    });
    expect(input.outputConfig).toBeUndefined();
    expect(input.inferenceConfig).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/JSON/)]);
  });

  it('adds cache reads and writes to input tokens', () => {
    expect(
      fromBedrockUsage({
        inputTokens: 30,
        outputTokens: 10,
        totalTokens: 1040,
        cacheReadInputTokens: 800,
        cacheWriteInputTokens: 200,
      }),
    ).toEqual({ inputTokens: 1030, outputTokens: 10, cachedInputTokens: 800, cacheWriteTokens: 200 });
    expect(fromBedrockUsage(undefined)).toEqual({});
  });

  it('maps stop reasons', () => {
    expect(fromBedrockStopReason('end_turn')).toBe('stop');
    expect(fromBedrockStopReason('max_tokens')).toBe('length');
    expect(fromBedrockStopReason('guardrail_intervened')).toBe('content_filter');
    expect(fromBedrockStopReason('content_filtered')).toBe('content_filter');
    expect(fromBedrockStopReason('tool_use')).toBe('tool_calls');
  });
});

describe('Gemini mapping', () => {
  it('maps settings, with the system prompt as systemInstruction', () => {
    const { contents, config, warnings } = toGeminiRequest({ ...fullRequest, responseFormat: schemaFormat });
    expect(contents).toEqual([
      { role: 'user', parts: [{ text: 'Hi' }] },
      { role: 'model', parts: [{ text: 'Hello' }] },
      { role: 'user', parts: [{ text: 'Capital of France?' }] },
    ]);
    expect(config).toEqual({
      automaticContinuation: false,
      systemInstruction: 'Be brief.',
      temperature: 0.2,
      topP: 0.9,
      maxOutputTokens: 64,
      stopSequences: ['\n\n'],
      seed: 7,
      responseMimeType: 'application/json',
      responseJsonSchema: schemaFormat.schema,
    });
    expect(warnings).toEqual([]);
  });

  it('adds thinking tokens to output tokens', () => {
    expect(
      fromGeminiUsage({
        promptTokenCount: 2000,
        cachedContentTokenCount: 1500,
        candidatesTokenCount: 100,
        thoughtsTokenCount: 400,
        totalTokenCount: 2500,
      }),
    ).toEqual({ inputTokens: 2000, outputTokens: 500, cachedInputTokens: 1500, reasoningTokens: 400 });
  });

  it('leaves unreported counts undefined', () => {
    expect(fromGeminiUsage(undefined)).toEqual({});
    expect(fromGeminiUsage({ promptTokenCount: 12 })).toEqual({ inputTokens: 12 });
  });

  it('skips thought parts in the answer text', () => {
    expect(
      textOfGeminiCandidate({
        content: { role: 'model', parts: [{ text: 'thinking...', thought: true }, { text: 'Paris' }] },
      }),
    ).toBe('Paris');
  });

  it('maps finish reasons', () => {
    expect(fromGeminiFinishReason('STOP')).toBe('stop');
    expect(fromGeminiFinishReason('MAX_TOKENS')).toBe('length');
    expect(fromGeminiFinishReason('SAFETY')).toBe('content_filter');
    expect(fromGeminiFinishReason('RECITATION')).toBe('content_filter');
    expect(fromGeminiFinishReason(undefined)).toBe('other');
  });
});

describe('createProviderAdapter', () => {
  it('builds an adapter per kind, with embeddings where the provider has them', () => {
    const openai = createProviderAdapter({ kind: 'openai', apiKey: 'sk-test' });
    const compatible = createProviderAdapter({
      kind: 'openai_compatible',
      baseUrl: 'http://127.0.0.1:11434/v1',
    });
    const anthropic = createProviderAdapter({ kind: 'anthropic', apiKey: 'key' });
    const bedrock = createProviderAdapter({
      kind: 'bedrock',
      region: 'eu-west-1',
      accessKeyId: 'a',
      secretAccessKey: 'b',
    });
    const gemini = createProviderAdapter({ kind: 'gemini', apiKey: 'key' });
    const emulated = createProviderAdapter({ kind: 'emulated', baseUrl: 'http://127.0.0.1:4010' });
    expect([openai, compatible, anthropic, bedrock, gemini, emulated].map((adapter) => adapter.kind)).toEqual(
      ['openai', 'openai_compatible', 'anthropic', 'bedrock', 'gemini', 'emulated'],
    );
    expect(openai.embed).toBeTypeOf('function');
    expect(gemini.embed).toBeTypeOf('function');
    expect(anthropic.embed).toBeUndefined();
    expect(bedrock.embed).toBeUndefined();
  });

  it('rejects incomplete or invalid connections', () => {
    expect(() => createProviderAdapter({ kind: 'openai_compatible' })).toThrow(/baseUrl/);
    expect(() => createProviderAdapter({ kind: 'anthropic' })).toThrow(/apiKey/);
    expect(() => createProviderAdapter({ kind: 'openai', apiKey: 'k', maxConcurrency: 0 })).toThrow(
      /maxConcurrency/,
    );
    expect(() => createProviderAdapter({ kind: 'openai', apiKey: 'k', baseUrl: 'not a url' })).toThrow(
      /baseUrl/,
    );
  });
});
