import type { TDatabase } from '@yardstick/db';

export const emulatedConnectionName = 'Emulated (offline)';

/** Every project has the emulated connection, so a new user can try everything without an API key. */
export async function ensureEmulatedConnection(database: TDatabase, projectId: string) {
  return database.providerConnection.upsert({
    where: { projectId_name: { projectId, name: emulatedConnectionName } },
    create: { projectId, name: emulatedConnectionName, kind: 'emulated', isBuiltIn: true },
    update: {},
  });
}

export async function ensureEmulatedConnections(database: TDatabase): Promise<void> {
  const projects = await database.project.findMany({
    where: { connections: { none: { isBuiltIn: true } } },
    select: { id: true },
  });
  for (const project of projects) await ensureEmulatedConnection(database, project.id);
}
