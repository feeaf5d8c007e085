export { createDatabaseClient, type TDatabase } from './client';
export type * from './generated/prisma/client';
export { Prisma, PrismaClient } from './generated/prisma/client';
export * from './generated/prisma/enums';
