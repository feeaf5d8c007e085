// Building a tiktoken encoder parses its whole rank table (~300 ms for o200k_base), so each encoding is
// created once per thread and kept for the life of the process; nothing is freed per call.
import { get_encoding, type Tiktoken } from 'tiktoken';

export type TTokenEncoding = 'o200k_base' | 'cl100k_base';

const encoders = new Map<TTokenEncoding, Tiktoken>();

export function hasEncoder(encoding: TTokenEncoding): boolean {
  return encoders.has(encoding);
}

/** Token count of plain text; special-token strings such as "<|endoftext|>" count as ordinary text. */
export function encodeCount(text: string, encoding: TTokenEncoding): number {
  let encoder = encoders.get(encoding);
  if (encoder === undefined) {
    encoder = get_encoding(encoding);
    encoders.set(encoding, encoder);
  }
  return encoder.encode_ordinary(text).length;
}
