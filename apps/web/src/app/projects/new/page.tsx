import { isOrganizationManager } from '@yardstick/core/server';
import Link from 'next/link';
import { requireSignedInUser } from '@/server/current-user';
import { services } from '@/server/services';
import { CreateProjectForm } from './create-project-form';

export const dynamic = 'force-dynamic';

export default async function NewProjectPage() {
  const actor = await requireSignedInUser();
  const membership = await services().database.membership.findFirst({ where: { userId: actor.userId } });
  return (
    <main className="centered card stack">
      <h1>New project</h1>
      {isOrganizationManager(membership?.role) ? (
        <>
          <p className="muted">
            A project holds its model configs, prompts, datasets, evaluations and costs.
          </p>
          <CreateProjectForm />
        </>
      ) : (
        <p>
          Only the organization&apos;s owner or an admin can create projects. Ask one to invite you to a
          project.
        </p>
      )}
      <Link href="/">Back</Link>
    </main>
  );
}
