import { hash32, seededRandom } from './hash';

export const DEFAULT_EMBEDDING_DIMENSIONS = 256;

/**
 * A deterministic unit vector: the normalized sum of one seeded random vector per lowercase word.
 * Texts sharing words get similar vectors, so similarity search behaves plausibly in demos.
 */
export function embed(text: string, dimensions = DEFAULT_EMBEDDING_DIMENSIONS): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [''];
  const sum = new Array<number>(dimensions).fill(0);
  for (const word of words) {
    const random = seededRandom(hash32(word));
    for (let i = 0; i < dimensions; i++) sum[i]! += random() * 2 - 1;
  }
  const norm = Math.sqrt(sum.reduce((acc, v) => acc + v * v, 0)) || 1;
  return sum.map((v) => v / norm);
}

/** OpenAI's `encoding_format: 'base64'`: little-endian float32 bytes (the openai SDK's default). */
export function toBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}
