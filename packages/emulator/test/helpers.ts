import Anthropic from '@anthropic-ai/sdk';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index';

export const NO_LATENCY = { timeToFirstTokenMs: 0, tokensPerSecond: 0 };

/** One zero-latency emulator per test file; faults never leak from one test to the next. */
export function useEmulator(): { readonly current: RunningEmulator } {
  const holder: { current: RunningEmulator } = { current: undefined as unknown as RunningEmulator };
  beforeAll(async () => {
    holder.current = await startEmulator({ latency: NO_LATENCY });
  });
  afterEach(() => {
    holder.current.clearFaults();
    holder.current.setLatency(NO_LATENCY);
  });
  afterAll(async () => {
    await holder.current.close();
  });
  return holder;
}

export function openai(emu: RunningEmulator, apiKey = 'test-key'): OpenAI {
  return new OpenAI({ baseURL: `${emu.url}/v1`, apiKey, maxRetries: 0, logLevel: 'off' });
}

export function anthropic(emu: RunningEmulator, apiKey = 'test-key'): Anthropic {
  return new Anthropic({ baseURL: emu.url, apiKey, maxRetries: 0, logLevel: 'off' });
}

export function bedrock(emu: RunningEmulator, accessKeyId = 'x'): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    endpoint: emu.url,
    region: 'us-east-1',
    credentials: { accessKeyId, secretAccessKey: 'y' },
    maxAttempts: 1,
  });
}

export function gemini(emu: RunningEmulator, apiKey = 'test-key'): GoogleGenAI {
  return new GoogleGenAI({ apiKey, httpOptions: { baseUrl: emu.url } });
}

/** A system prompt long enough (≥ 1024 characters) for the prompt-cache simulation. */
export const LONG_SYSTEM = `You are a meticulous evaluator. ${'Follow the rubric exactly and explain briefly. '.repeat(30)}`;
