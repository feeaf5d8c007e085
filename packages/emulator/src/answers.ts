import { fixture, fixtureModel } from './fixture';
import { hash32, seededRandom } from './hash';
import type { ChatRequest } from './types';

const WORDS = (
  'model answer data signal result method value system process review context evidence ' +
  'measure quality sample range detail pattern question response approach analysis factor ' +
  'outcome estimate baseline metric trend source record option choice reason example ' +
  'clear useful typical likely simple careful relevant stable strong modest broad specific ' +
  'often usually generally mostly rarely directly roughly further also still ' +
  'shows suggests supports depends improves reduces compares explains indicates requires ' +
  'the a this each every some most many several which that with from for under across'
).split(' ');

const compiled = fixture.scripts.map((s) => ({ script: s, pattern: new RegExp(s.match, 'i') }));

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The whole conversation, so that different histories generate different text. */
function promptKey(req: ChatRequest): string {
  return normalize([req.system, ...req.messages.map((m) => `${m.role}: ${m.text}`)].join('\n'));
}

function scriptedAnswer(req: ChatRequest): string | undefined {
  const lastUser = [...req.messages].reverse().find((m) => m.role === 'user');
  if (!lastUser) return undefined;
  const prompt = normalize(lastUser.text);
  const hit = compiled.find((c) => c.pattern.test(prompt));
  const answer = hit?.script.answers[req.model];
  if (answer === undefined) return undefined;
  if (typeof answer === 'string') return answer;
  // Variants are indexed by the prompt hash alone, so models with equally long lists agree.
  return answer[hash32(prompt) % answer.length];
}

/** A seeded sentence salad: plausible-looking, always identical for the same (model, prompt). */
function generatedAnswer(req: ChatRequest): string {
  const verbosity = fixtureModel(req.model)?.verbosity ?? 1;
  const random = seededRandom(hash32(`${req.model}\u0000${promptKey(req)}`));
  const total = Math.max(4, Math.round((10 + random() * 40) * verbosity));
  const sentences: string[] = [];
  let left = total;
  while (left > 0) {
    const length = Math.min(left, 5 + Math.floor(random() * 10));
    const words = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    const sentence = words.join(' ');
    sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    left -= length;
  }
  return sentences.join(' ');
}

export function answerFor(req: ChatRequest): string {
  return scriptedAnswer(req) ?? generatedAnswer(req);
}

/** Emulated reasoning models: ids that say so, and the OpenAI o3/o4 families. */
export function isReasoningModel(model: string): boolean {
  const id = model.toLowerCase();
  return id.includes('reason') || id.startsWith('o3') || id.startsWith('o4');
}
