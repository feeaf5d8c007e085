import { defineConfig } from 'prisma/config';

// The schema lives at the repository root (prisma/); the generated client inside this package.
export default defineConfig({
  schema: '../../prisma/schema.prisma',
  migrations: { path: '../../prisma/migrations' },
});
