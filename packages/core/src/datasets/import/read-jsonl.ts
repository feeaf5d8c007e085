// JSON Lines: one JSON object per line, parsed as the text streams in. Blank lines are ignored; a line that is
// not a JSON object is reported with its number and reading goes on, so one upload lists every bad line.
import type { ProblemList } from './import-problems';

export interface TJsonlRecord {
  line: number;
  value: Record<string, unknown>;
}

function parseLine(raw: string, line: number, problems: ProblemList): TJsonlRecord | undefined {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    problems.add(line, `is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.add(line, 'is not a JSON object; each line must be one object such as {"question": "…"}');
    return undefined;
  }
  return { line, value: value as Record<string, unknown> };
}

export async function* readJsonlRecords(
  text: AsyncIterable<string>,
  problems: ProblemList,
): AsyncGenerator<TJsonlRecord> {
  let pending = '';
  let line = 0;
  let isFirst = true;
  for await (const chunk of text) {
    let buffer = pending + chunk;
    if (isFirst && buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
    isFirst = false;
    let start = 0;
    for (let end = buffer.indexOf('\n'); end !== -1; end = buffer.indexOf('\n', start)) {
      line += 1;
      const record = parseLine(buffer.slice(start, end), line, problems);
      if (record) yield record;
      start = end + 1;
    }
    pending = buffer.slice(start);
  }
  if (pending !== '') {
    const record = parseLine(pending, line + 1, problems);
    if (record) yield record;
  }
}
