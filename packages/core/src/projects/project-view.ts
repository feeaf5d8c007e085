import type { Project, ProjectRole } from '@yardstick/db';

export interface TProjectView {
  id: string;
  name: string;
  slug: string;
  role: ProjectRole;
  createdAt: string;
}

export function toProjectView(project: Project, role: ProjectRole): TProjectView {
  return {
    id: project.id,
    name: project.name,
    slug: project.slug,
    role,
    createdAt: project.createdAt.toISOString(),
  };
}
