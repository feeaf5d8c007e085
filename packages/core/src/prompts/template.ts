// Chat templates with {{variables}}: parsing and rendering. Browser-safe, so the playground shows one input per
// variable as the user types, with the same rules the server applies.
import { z } from 'zod';

export const promptRoles = ['system', 'user', 'assistant'] as const;

export const ZPromptMessage = z.object({
  role: z.enum(promptRoles, { message: 'must be system, user or assistant' }),
  // Bounded by the request body limit too; a long document pasted into one message is a real use.
  content: z.string().max(1_000_000, 'is longer than 1,000,000 characters'),
});
export type TPromptMessage = z.infer<typeof ZPromptMessage>;

export const ZPromptMessages = z
  .array(ZPromptMessage)
  .min(1, 'needs at least one message')
  .max(50, 'has more than 50 messages');

const variablePattern = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The variable names a template uses, in order of first appearance. */
export function extractVariables(messages: readonly TPromptMessage[]): string[] {
  const names = new Set<string>();
  for (const message of messages) {
    for (const match of message.content.matchAll(variablePattern)) names.add(match[1]!);
  }
  return [...names];
}

/** Replaces every {{variable}} with its value; values are inserted as is (never expanded again). */
export function renderMessages(
  messages: readonly TPromptMessage[],
  values: Readonly<Record<string, string>>,
): TPromptMessage[] {
  return messages.map((message) => ({
    role: message.role,
    content: message.content.replace(variablePattern, (whole, name: string) => values[name] ?? whole),
  }));
}

/** Whether a template has nothing to send: no user message with text. */
export function isEmptyTemplate(messages: readonly TPromptMessage[]): boolean {
  return !messages.some((message) => message.role === 'user' && message.content.trim() !== '');
}

/** True when two templates are the same text (a save that changes nothing makes no new version). */
export function isSameTemplate(left: readonly TPromptMessage[], right: readonly TPromptMessage[]): boolean {
  return (
    left.length === right.length &&
    left.every(
      (message, index) => message.role === right[index]?.role && message.content === right[index]?.content,
    )
  );
}
