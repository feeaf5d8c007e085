// Vitest global setup shared by every project that needs a database: one fresh database per run.
import type { TestProject } from 'vitest/node';
import { createFreshDatabase } from './fresh-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createFreshDatabase(undefined, project.name.replace(/\W/g, '_'));
  project.provide('databaseUrl', database.databaseUrl);
  return () => database.drop();
}
