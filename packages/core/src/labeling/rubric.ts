// The guidelines labelers rate against: five star levels, each with a name and a sentence. Browser-safe.
import { z } from 'zod';

export const ZRubricLevel = z.object({
  value: z.number().int().min(1).max(5),
  label: z.string().trim().min(1, 'is required').max(40, 'must be at most 40 characters'),
  description: z.string().trim().min(1, 'is required').max(600, 'must be at most 600 characters'),
});

export const ZRubric = z.object({
  instructions: z.string().trim().max(4000, 'must be at most 4,000 characters').default(''),
  levels: z
    .array(ZRubricLevel)
    .length(5, 'needs exactly five levels, one per star')
    .refine(
      (levels) => [...levels.map((level) => level.value)].sort().join() === '1,2,3,4,5',
      'needs one level for each of 1, 2, 3, 4 and 5 stars',
    )
    .transform((levels) => [...levels].sort((left, right) => right.value - left.value)),
});
export type TRubric = z.output<typeof ZRubric>;

/** The default guidelines, from the labeling screen in the user's reference talk (its last sentence completed). */
export const defaultRubric: TRubric = {
  instructions:
    'Read the prompt, then rate how well the completion answers it. Which model wrote it is hidden on purpose.',
  levels: [
    {
      value: 5,
      label: 'Excellent',
      description: 'Choose this rating if the answer is highly relevant, accurate, and well-articulated.',
    },
    {
      value: 4,
      label: 'Good',
      description: 'Use this rating if the answer is mostly relevant and provides accurate information.',
    },
    {
      value: 3,
      label: 'Average',
      description:
        'Assign this rating if the answer is somewhat relevant and contains some correct information. The answer is adequate but may lack depth or precision.',
    },
    {
      value: 2,
      label: 'Poor',
      description:
        'Select this rating if the answer has significant errors or is partially relevant to the prompt. The answer demonstrates some understanding but lacks clarity and accuracy.',
    },
    {
      value: 1,
      label: 'Very Poor',
      description:
        'Choose this rating if the answer is completely incorrect or irrelevant to the prompt. The answer shows a lack of understanding of the question.',
    },
  ],
};
