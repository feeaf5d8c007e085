import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type TDatabase = PrismaClient;

/** A Prisma client over node-postgres (Prisma 7 has no native query engine; the pg driver adapter runs queries). */
export function createDatabaseClient(
  databaseUrl: string,
  options: { maxConnections?: number } = {},
): TDatabase {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}
