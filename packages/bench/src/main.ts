// `pnpm bench [suite ...]` runs the named benchmark suites (all when none is named) and prints their figures.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const suitesDirectory = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const available = readdirSync(suitesDirectory)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'))
  .sort();

const requested = process.argv.slice(2).filter((argument) => !argument.startsWith('-'));
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark suite(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

for (const name of requested.length > 0 ? requested : available) {
  process.stdout.write(`\n== bench ${name} ==\n`);
  const suite = (await import(join(suitesDirectory, `${name}.ts`))) as { run: () => Promise<void> };
  await suite.run();
}
