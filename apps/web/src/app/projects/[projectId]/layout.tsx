import { listProjects } from '@yardstick/core/server';
import type { ReactNode } from 'react';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { Sidebar } from './sidebar';

export const dynamic = 'force-dynamic';

export default async function ProjectLayout(props: {
  children: ReactNode;
  params: Promise<{ projectId: string }>;
}) {
  const { projectId } = await props.params;
  const { actor, access } = await requireProjectPage(projectId);
  const projects = await listProjects(services().database, actor);
  return (
    <div className="shell">
      <Sidebar
        projectId={projectId}
        projects={projects.map((project) => ({ id: project.id, name: project.name }))}
        role={access.role}
        user={{ name: actor.name, email: actor.email }}
      />
      <main className="main">{props.children}</main>
    </div>
  );
}
