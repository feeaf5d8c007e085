// Test fixtures written straight to the database: an organization with projects, and a seeded PRNG so a
// "random" mix of events is the same on every run.
import { randomUUID } from 'node:crypto';
import type { TDatabase } from '@yardstick/db';

export async function createOrganizationWithProjects(database: TDatabase, projectCount: number) {
  const organization = await database.organization.create({
    data: { name: `Org ${randomUUID().slice(0, 8)}` },
  });
  const projects = [];
  for (let index = 0; index < projectCount; index++) {
    const project = await database.project.create({
      data: {
        organizationId: organization.id,
        name: `Project ${index}`,
        slug: `p-${randomUUID().slice(0, 8)}`,
      },
    });
    const connection = await database.providerConnection.create({
      data: { projectId: project.id, name: 'Emulated (offline)', kind: 'emulated', isBuiltIn: true },
    });
    projects.push({ ...project, connectionId: connection.id });
  }
  return { organization, projects };
}

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

/** A signed-up person (as Better Auth would store them) with an organization role, as an actor. */
export async function createPerson(
  database: TDatabase,
  organizationId: string,
  role: 'owner' | 'admin' | 'member',
  projects: { projectId: string; role: 'admin' | 'member' | 'labeler' | 'viewer' }[] = [],
) {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@example.com`;
  await database.user.create({ data: { id, name: `Test ${role}`, email } });
  await database.membership.create({ data: { organizationId, userId: id, role } });
  for (const project of projects) {
    await database.projectMember.create({
      data: { projectId: project.projectId, userId: id, role: project.role },
    });
  }
  return { kind: 'user' as const, userId: id, email, name: `Test ${role}` };
}
