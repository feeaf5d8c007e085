import { z } from 'zod';
import { isEmptyTemplate, ZPromptMessages } from './template';

export const ZPromptName = z.string().trim().min(1, 'is required').max(120, 'must be at most 120 characters');

/** A template worth saving has a user message with text. */
export const ZPromptTemplate = ZPromptMessages.refine((messages) => !isEmptyTemplate(messages), {
  message: 'needs a user message with text',
});
