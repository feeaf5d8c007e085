import type { ModelConfig } from '@yardstick/db';
import type { TChatMessage, TChatRequest } from '@yardstick/providers';
import type { TPromptMessage } from '../prompts/template';

/**
 * The request one cell sends: the model config's parameters, its system prompt followed by the template's system
 * messages (providers take a single system text), then the conversation.
 */
export function buildChatRequest(config: ModelConfig, rendered: readonly TPromptMessage[]): TChatRequest {
  const systemParts = [
    config.systemPrompt?.trim() ? config.systemPrompt : undefined,
    ...rendered.filter((message) => message.role === 'system').map((message) => message.content),
  ].filter((part): part is string => part !== undefined && part !== '');
  const messages: TChatMessage[] = rendered
    .filter((message): message is TPromptMessage & TChatMessage => message.role !== 'system')
    .map((message) => ({ role: message.role, content: message.content }));
  return {
    model: config.model,
    ...(systemParts.length > 0 ? { system: systemParts.join('\n\n') } : {}),
    messages,
    ...(config.temperature === null ? {} : { temperature: config.temperature }),
    ...(config.topP === null ? {} : { topP: config.topP }),
    ...(config.maxOutputTokens === null ? {} : { maxOutputTokens: config.maxOutputTokens }),
    ...(config.stopSequences.length > 0 ? { stopSequences: config.stopSequences } : {}),
    ...(config.seed === null ? {} : { seed: config.seed }),
  };
}
