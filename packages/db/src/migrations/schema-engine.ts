// Prisma's schema engine compiled to WebAssembly: the same migration logic as `prisma migrate`
// (the `_prisma_migrations` history table, checksums, advisory locking) with nothing to download.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

type TEngineModule = typeof import('@prisma/schema-engine-wasm');

let engineModule: Promise<TEngineModule> | undefined;

// The server packages compile without the DOM lib, where WebAssembly's types live.
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(
        bytes: Uint8Array,
        imports: Record<string, unknown>,
      ): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  }
).WebAssembly;

// Node 20 cannot `import` a .wasm file without a flag, so we instantiate it ourselves
// and hand its exports to the wasm-bindgen glue, as the package's own entry point would.
function loadEngineModule(): Promise<TEngineModule> {
  engineModule ??= (async () => {
    // The engine reports a Rust panic's message through this global before it throws.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => {
        process.stderr.write(`Prisma schema engine panicked: ${message}\n`);
      },
    };
    const require = createRequire(import.meta.url);
    // The package exports no ./package.json; its main entry sits beside the .wasm file.
    const packageDirectory = dirname(require.resolve('@prisma/schema-engine-wasm'));
    const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as TEngineModule & {
      __wbg_set_wasm: (exports: Record<string, unknown>) => void;
    };
    const bytes = await readFile(join(packageDirectory, 'schema_engine_bg.wasm'));
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

// One WebAssembly instance serves the whole process; its uses are queued on a process-wide chain so two
// never interleave (kept on globalThis because test runners may load this module more than once).
const lockHolder = globalThis as { yardstickSchemaEngineLock?: Promise<unknown> };

export function withSchemaEngineLock<T>(work: () => Promise<T>): Promise<T> {
  const previous = lockHolder.yardstickSchemaEngineLock ?? Promise.resolve();
  const next = previous.then(work, work);
  lockHolder.yardstickSchemaEngineLock = next.catch(() => {});
  return next;
}

// The pg adapter runs a migration script by splitting it at every ";", which breaks a script with a semicolon
// in a comment, a string or a function body. PostgreSQL runs a multi-statement script sent as one simple query
// (as Prisma's native engine sends it), so scripts go to it whole.
class WholeScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  override async connect() {
    const adapter = await super.connect();
    const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      await this.pool.query(script).catch(onError);
    };
    return adapter;
  }
}

export interface TOpenSchemaEngine {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens the engine on its own connection pool; `close()` frees both so the process can exit at once. */
export async function openSchemaEngine(
  databaseUrl: string,
  schema: { path: string; content: string },
  log: (message: string) => void = () => {},
): Promise<TOpenSchemaEngine> {
  const { SchemaEngine: Engine } = await loadEngineModule();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, allowExitOnIdle: true });
  // The engine never hands its connections back, so `pool.end()` alone would leave them open.
  const clients = new Set<pg.PoolClient>();
  pool.on('connect', (client) => clients.add(client));
  const endPool = async () => {
    // Not awaited: after some engine operations `end()` of an already idle client never settles.
    for (const client of clients) void client.end().catch(() => {});
    await pool.end();
  };
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pool));
  try {
    const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, log, adapterFactory);
    return {
      engine,
      close: async () => {
        engine.free();
        await endPool();
      },
    };
  } catch (error) {
    await endPool();
    throw error;
  }
}
