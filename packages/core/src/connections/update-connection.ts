import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ValidationError } from '../errors/app-error';
import { withUniqueName } from '../errors/unique-name';
import {
  blankAsUndefined,
  connectionKindMessage,
  connectionShapes,
  credentialFields,
  ZConnectionName,
} from './connection-fields';
import { type TConnectionView, toConnectionView } from './connection-view';
import type { TConnectionDependencies } from './create-connection';
import type { TCredentials } from './credentials-cipher';
import { assertNotBuiltIn, findProjectConnection } from './project-connection';
import { sealCredentials } from './seal-credentials';

/** Every field optional, and "" the same as absent: what is left out keeps its stored value. */
function optionalFields<TShape extends Record<string, z.ZodType>>(shape: TShape) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, blankAsUndefined(schema)]),
  ) as {
    [Key in keyof TShape]: ReturnType<typeof blankAsUndefined<TShape[Key]>>;
  };
}

const name = blankAsUndefined(ZConnectionName);

export const ZUpdateConnection = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('openai'), name, ...optionalFields(connectionShapes.openai) }),
    z.strictObject({
      kind: z.literal('openai_compatible'),
      name,
      ...optionalFields(connectionShapes.openai_compatible),
    }),
    z.strictObject({ kind: z.literal('anthropic'), name, ...optionalFields(connectionShapes.anthropic) }),
    z
      .strictObject({ kind: z.literal('bedrock'), name, ...optionalFields(connectionShapes.bedrock) })
      .superRefine((value, context) => {
        // AWS credentials are replaced as a pair: half of one pair with half of another never works.
        const isReplacing = value.accessKeyId ?? value.secretAccessKey ?? value.sessionToken;
        for (const field of ['accessKeyId', 'secretAccessKey'] as const) {
          if (isReplacing && !value[field]) {
            context.addIssue({
              code: 'custom',
              path: [field],
              message: 'is required when replacing AWS credentials',
            });
          }
        }
      }),
    z.strictObject({ kind: z.literal('gemini'), name, ...optionalFields(connectionShapes.gemini) }),
  ],
  { error: connectionKindMessage },
);
export type TUpdateConnection = z.infer<typeof ZUpdateConnection>;

/** Renames a connection or changes its endpoint or credentials; credentials left out stay as stored. */
export async function updateConnection(
  dependencies: TConnectionDependencies,
  actor: TActor,
  projectId: string,
  connectionId: string,
  input: TUpdateConnection,
): Promise<TConnectionView> {
  const { database, encryptionKey } = dependencies;
  await requireProjectRole(database, actor, projectId, 'admin');
  const connection = await findProjectConnection(database, projectId, connectionId);
  assertNotBuiltIn(connection, 'edited');
  if (input.kind !== connection.kind) {
    const message = `This is a ${connection.kind} connection and its kind cannot change; add a new connection instead.`;
    throw new ValidationError(message, [{ field: 'body.kind', message }]);
  }
  const { kind: _kind, name: newName, ...fields } = input;
  const { baseUrl, region, ...credentials }: { baseUrl?: string; region?: string } & TCredentials = fields;
  const isReplacingCredentials = credentialFields.some((field) => credentials[field] !== undefined);
  // A new endpoint or new credentials make the last test result say nothing about the connection any more.
  const isRetestNeeded = isReplacingCredentials || baseUrl !== undefined || region !== undefined;
  const updated = await withUniqueName('connection', newName ?? connection.name, () =>
    database.providerConnection.update({
      where: { id: connection.id },
      data: {
        ...(newName === undefined ? {} : { name: newName }),
        ...(baseUrl === undefined ? {} : { baseUrl }),
        ...(region === undefined ? {} : { region }),
        ...(isReplacingCredentials ? sealCredentials(credentials, encryptionKey) : {}),
        ...(isRetestNeeded ? { lastTestedAt: null, lastTestOk: null, lastTestMessage: null } : {}),
      },
    }),
  );
  return toConnectionView(updated);
}
