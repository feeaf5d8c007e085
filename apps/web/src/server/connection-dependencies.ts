import 'server-only';
import type { TServices } from '@yardstick/core/server';

/** What the connection use cases need from the process: the database and the credentials key. */
export function connectionDependencies(services: TServices) {
  return { database: services.database, encryptionKey: services.environment.YARDSTICK_ENCRYPTION_KEY };
}

export function adapterDependencies(services: TServices) {
  return {
    database: services.database,
    adapterContext: {
      encryptionKey: services.environment.YARDSTICK_ENCRYPTION_KEY,
      emulatorUrl: services.environment.YARDSTICK_EMULATOR_URL,
    },
  };
}
