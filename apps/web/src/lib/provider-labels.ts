// How provider kinds are named in the UI; the emulated one always says it is offline and fake.
export const providerLabels: Record<string, string> = {
  openai: 'OpenAI',
  openai_compatible: 'OpenAI-compatible',
  anthropic: 'Anthropic',
  bedrock: 'AWS Bedrock',
  gemini: 'Google Gemini',
  emulated: 'Emulated (offline)',
};

export function providerLabel(kind: string): string {
  return providerLabels[kind] ?? kind;
}
