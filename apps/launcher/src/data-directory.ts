import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where a local installation keeps its state: `.yardstick/` at the repository root, unless overridden. */
export function dataDirectory(): string {
  const directory = resolve(process.env.YARDSTICK_DATA_DIR ?? join(repositoryRoot, '.yardstick'));
  mkdirSync(directory, { recursive: true });
  return directory;
}
