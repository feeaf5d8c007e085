import type { ProjectRole } from '@yardstick/db';

/** Who is making a request: a signed-in user, or a project API key (which reaches its one project only). */
export type TActor =
  | { kind: 'user'; userId: string; email: string; name: string }
  | { kind: 'apiKey'; apiKeyId: string; projectId: string; role: ProjectRole; createdById: string };
