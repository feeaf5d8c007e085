import { CONTROL_PREFIX, serveControl } from './control';
import type { Exchange } from './http';
import { anthropicCountTokens, anthropicMessages, anthropicModels } from './protocols/anthropic';
import { bedrockConverse } from './protocols/bedrock';
import { geminiModelMethod, geminiModels } from './protocols/gemini';
import { openaiChat, openaiEmbeddings, openaiErrorReply, openaiModels } from './protocols/openai';
import type { EmulatorState } from './state';

const BEDROCK = /^\/model\/([^/]+)\/(converse|converse-stream)$/;
/** Model names may themselves contain ':' (tuned models), so the method is the last segment. */
const GEMINI = /^\/(?:v1beta|v1|v1alpha)\/models\/(.+):(\w+)$/;
const GEMINI_LIST = /^\/(?:v1beta|v1|v1alpha)\/models\/?$/;

/** Dispatches one request to the provider whose URL layout it matches. */
export async function route(ex: Exchange, state: EmulatorState): Promise<void> {
  const { method, path } = ex;
  if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) return serveControl(ex, state);
  if (method === 'POST') {
    if (path === '/v1/chat/completions') return openaiChat(ex, state);
    if (path === '/v1/embeddings') return openaiEmbeddings(ex, state);
    if (path === '/v1/messages') return anthropicMessages(ex, state);
    if (path === '/v1/messages/count_tokens') return anthropicCountTokens(ex, state);
    const bedrock = BEDROCK.exec(path);
    if (bedrock) return bedrockConverse(ex, state, bedrock[1]!, bedrock[2] === 'converse-stream');
    const gemini = GEMINI.exec(path);
    if (gemini) return geminiModelMethod(ex, state, gemini[1]!, gemini[2]!);
  }
  if (method === 'GET') {
    // OpenAI and Anthropic share GET /v1/models; only Anthropic's SDK sends anthropic-version.
    if (path === '/v1/models') {
      return ex.header('anthropic-version') === undefined
        ? openaiModels(ex, state)
        : anthropicModels(ex, state);
    }
    if (GEMINI_LIST.test(path)) return geminiModels(ex, state);
  }
  // OpenAI-compatible clients are the most common callers, so unknown routes answer in OpenAI's shape.
  ex.reply(
    openaiErrorReply({ kind: 'not_found', retryAfterSeconds: 0, message: `Invalid URL (${method} ${path})` }),
  );
}
