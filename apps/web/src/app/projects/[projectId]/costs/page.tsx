import { listBudgets, listProjects } from '@yardstick/core/server';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { CostsDashboard } from './costs-dashboard';
import './costs.css';

export const dynamic = 'force-dynamic';

export default async function CostsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { actor } = await requireProjectPage(projectId);
  const { database } = services();
  const [projects, budgets] = await Promise.all([
    listProjects(database, actor),
    listBudgets(database, actor, projectId),
  ]);
  return (
    <>
      <h1>Costs</h1>
      <CostsDashboard
        projectId={projectId}
        projects={projects.map((project) => ({ id: project.id, name: project.name }))}
        budgets={budgets}
      />
    </>
  );
}
