import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { withUniqueName } from '../errors/unique-name';
import { connectionKindMessage, connectionShapes, ZConnectionName } from './connection-fields';
import { type TConnectionView, toConnectionView } from './connection-view';
import type { TCredentials } from './credentials-cipher';
import { sealCredentials } from './seal-credentials';

export const ZCreateConnection = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('openai'), name: ZConnectionName, ...connectionShapes.openai }),
    z.strictObject({
      kind: z.literal('openai_compatible'),
      name: ZConnectionName,
      ...connectionShapes.openai_compatible,
    }),
    z.strictObject({ kind: z.literal('anthropic'), name: ZConnectionName, ...connectionShapes.anthropic }),
    z.strictObject({ kind: z.literal('bedrock'), name: ZConnectionName, ...connectionShapes.bedrock }),
    z.strictObject({ kind: z.literal('gemini'), name: ZConnectionName, ...connectionShapes.gemini }),
  ],
  { error: connectionKindMessage },
);
export type TCreateConnection = z.infer<typeof ZCreateConnection>;

export interface TConnectionDependencies {
  database: TDatabase;
  encryptionKey: string | undefined;
}

/** Adds a provider connection to the project, its credentials encrypted before they reach the database. */
export async function createConnection(
  dependencies: TConnectionDependencies,
  actor: TActor,
  projectId: string,
  input: TCreateConnection,
): Promise<TConnectionView> {
  const { database, encryptionKey } = dependencies;
  await requireProjectRole(database, actor, projectId, 'admin');
  const { kind, name, ...fields } = input;
  const { baseUrl, region, ...credentials }: { baseUrl?: string; region?: string } & TCredentials = fields;
  const connection = await withUniqueName('connection', name, () =>
    database.providerConnection.create({
      data: {
        projectId,
        kind,
        name,
        baseUrl: baseUrl ?? null,
        region: region ?? null,
        ...sealCredentials(credentials, encryptionKey),
      },
    }),
  );
  return toConnectionView(connection);
}
