import {
  getProject,
  hasProjectRole,
  listApiKeys,
  listInvitations,
  listMembers,
} from '@yardstick/core/server';
import { requireProjectPage } from '@/server/project-page';
import { services } from '@/server/services';
import { ApiKeysPanel } from './api-keys-panel';
import { InvitationsPanel } from './invitations-panel';
import { RenameProjectForm } from './rename-project-form';
import { SettingsNav } from './settings-nav';

export const dynamic = 'force-dynamic';

export default async function SettingsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const { actor, access } = await requireProjectPage(projectId);
  const { database } = services();
  const isAdmin = hasProjectRole(access.role, 'admin');
  const [project, members, invitations, apiKeys] = await Promise.all([
    getProject(database, actor, projectId),
    listMembers(database, actor, projectId),
    isAdmin ? listInvitations(database, actor, projectId) : [],
    isAdmin ? listApiKeys(database, actor, projectId) : [],
  ]);
  return (
    <>
      <h1>Settings</h1>
      <SettingsNav projectId={projectId} current="" />
      <section className="card stack">
        <h2>Project</h2>
        {isAdmin ? <RenameProjectForm projectId={projectId} name={project.name} /> : <p>{project.name}</p>}
      </section>
      <section className="card stack">
        <h2>Members</h2>
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Role</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>
                  {member.role}
                  {member.isOrganizationManager ? <span className="muted"> (organization admin)</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {isAdmin ? (
        <>
          <InvitationsPanel projectId={projectId} invitations={invitations} />
          <ApiKeysPanel projectId={projectId} apiKeys={apiKeys} />
        </>
      ) : (
        <p className="muted">Invitations and API keys are managed by the project&apos;s admins.</p>
      )}
    </>
  );
}
