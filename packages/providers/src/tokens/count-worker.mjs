// Worker thread for counting large texts off the main event loop. Plain JavaScript so it starts the same way
// under node, tsx and vitest; encoders are cached per worker like on the main thread.
import { parentPort } from 'node:worker_threads';
import { get_encoding } from 'tiktoken';

const encoders = new Map();

parentPort.on('message', ({ id, encoding, text }) => {
  try {
    let encoder = encoders.get(encoding);
    if (encoder === undefined) {
      encoder = get_encoding(encoding);
      encoders.set(encoding, encoder);
    }
    parentPort.postMessage({ id, tokens: encoder.encode_ordinary(text).length });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
