import { listProjects } from '@yardstick/core/server';
import { redirect } from 'next/navigation';
import { requireSignedInUser } from '@/server/current-user';
import { services } from '@/server/services';

export const dynamic = 'force-dynamic';

export default async function Home() {
  const actor = await requireSignedInUser();
  const [first] = await listProjects(services().database, actor);
  redirect(first ? `/projects/${first.id}/playground` : '/projects/new');
}
