// Turns the uploaded bytes into text as they arrive, refusing anything that is not UTF-8: a file saved in
// another encoding would otherwise import with silently garbled characters.
import { importLimits } from './import-limits';
import { UnreadableFileError } from './import-problems';

function lineOfInvalidByte(decodedSoFar: number, chunk: Uint8Array): number {
  // Decode leniently to find where the first replacement character lands: the line of the bad byte.
  const lenient = new TextDecoder('utf-8').decode(chunk);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
  return decodedSoFar + before.split('\n').length;
}

/**
 * UTF-8 text chunks from a byte stream. A UTF-8 byte order mark is dropped; UTF-16 and invalid UTF-8 are
 * refused with a message saying how to re-save the file.
 */
export async function* decodeUtf8(
  bytes: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxBytes: number = importLimits.maxBytes,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let total = 0;
  let newlines = 0;
  let isFirst = true;
  for await (const chunk of bytes) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new UnreadableFileError(
        `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; split it and import the parts one after another.`,
      );
    }
    if (isFirst && chunk.byteLength >= 2) {
      const isUtf16 = (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff);
      if (isUtf16) {
        throw new UnreadableFileError(
          'The file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and import it again.',
        );
      }
    }
    isFirst = false;
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new UnreadableFileError(
        `The file is not UTF-8 text: line ${lineOfInvalidByte(newlines, chunk)} has bytes that are not valid UTF-8 (the file may be in Windows-1252 or Latin-1). Save it as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and import it again.`,
      );
    }
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines += 1;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new UnreadableFileError(
      'The file is not UTF-8 text: it ends in the middle of a character. Save it as UTF-8 and import it again.',
    );
  }
}
