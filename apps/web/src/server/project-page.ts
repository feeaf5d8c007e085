import 'server-only';
import { findProjectRole, type TProjectAccess } from '@yardstick/core/server';
import { notFound } from 'next/navigation';
import { requireSignedInUser } from './current-user';
import { services } from './services';

/** The signed-in user's access to the project in the URL; a project they cannot see is a 404. */
export async function requireProjectPage(projectId: string) {
  const actor = await requireSignedInUser();
  const access: TProjectAccess | undefined = await findProjectRole(services().database, actor, projectId);
  if (!access) notFound();
  return { actor, access };
}
