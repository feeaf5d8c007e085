// People and their project roles written straight to the database, as actors for calling use cases.
import { randomUUID } from 'node:crypto';
import type { ProjectRole, TDatabase } from '@yardstick/db';
import type { TActor } from '../../src/access/actor';

export async function createMember(
  database: TDatabase,
  projectId: string,
  role: ProjectRole,
): Promise<TActor & { kind: 'user' }> {
  const suffix = randomUUID().slice(0, 8);
  const user = await database.user.create({
    data: { id: randomUUID(), name: `${role} ${suffix}`, email: `${role}-${suffix}@example.com` },
  });
  await database.projectMember.create({ data: { projectId, userId: user.id, role } });
  return { kind: 'user', userId: user.id, email: user.email, name: user.name };
}
