export { createDatabaseClient, type TDatabase } from './client';
export { Prisma, PrismaClient } from './generated/prisma/client';
export * from './generated/prisma/enums';
export type * from './generated/prisma/models';
