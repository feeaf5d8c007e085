import { hasProjectRole, listConnections } from '@yardstick/core/server';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { SettingsNav } from '../settings-nav';
import { ConnectionForm } from './connection-form';
import { ConnectionsPanel } from './connections-panel';

export const dynamic = 'force-dynamic';

export default async function ConnectionsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const connections = await listConnections(services().database, actor, projectId);
  const isAdmin = hasProjectRole(access.role, 'admin');
  return (
    <>
      <h1>Settings</h1>
      <SettingsNav projectId={projectId} current="connections" />
      <section>
        <h2>Provider connections</h2>
        <p className="muted">
          Credentials are encrypted at rest and never shown again after you save them: only a masked hint is.
        </p>
        <ConnectionsPanel projectId={projectId} connections={connections} isAdmin={isAdmin} />
      </section>
      {isAdmin ? (
        <section className="card stack">
          <h2>Add a connection</h2>
          <ConnectionForm projectId={projectId} />
        </section>
      ) : (
        <p className="muted">Connections are added, tested and changed by the project&apos;s admins.</p>
      )}
    </>
  );
}
