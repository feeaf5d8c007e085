// What the shared database global setup (packages/db/src/testing/global-setup.ts) provides to these tests.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export {};
