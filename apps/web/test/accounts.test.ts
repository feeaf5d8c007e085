import { describe, expect, inject, it } from 'vitest';
import { HttpClient } from './support/http-client';
import { createProject, invite, signInOwner } from './support/people';

describe('accounts and projects', () => {
  it('reports the installation as set up and refuses a second owner', async () => {
    const anonymous = new HttpClient(inject('baseUrl'));
    expect(await anonymous.json(anonymous.get('/api/v1/setup'))).toEqual({ isSetUp: true });
    const second = await anonymous.post('/api/v1/setup', {
      organizationName: 'Other',
      name: 'Mallory',
      email: 'mallory@example.com',
      password: 'mallory-password',
    });
    expect(second.status).toBe(409);
  });

  it('keeps open sign-up closed', async () => {
    const anonymous = new HttpClient(inject('baseUrl'));
    const response = await anonymous.post('/api/auth/sign-up/email', {
      name: 'Eve',
      email: 'eve@example.com',
      password: 'eve-password-1',
    });
    expect(response.status).toBe(404);
    const attempt = await anonymous.post('/api/auth/sign-in/email', {
      email: 'eve@example.com',
      password: 'eve-password-1',
    });
    expect(attempt.ok).toBe(false);
  });

  it('sets an httpOnly session cookie on sign-in and clears it on sign-out', async () => {
    const owner = inject('owner');
    const client = new HttpClient(inject('baseUrl'));
    const response = await client.post('/api/auth/sign-in/email', owner);
    expect(response.ok).toBe(true);
    const cookie = response.headers.getSetCookie().find((header) => header.includes('session_token'));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/v1/me')).status).toBe(200);
    expect((await client.post('/api/auth/sign-out', {})).ok).toBe(true);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('creates, renames and lists projects with unique slugs', async () => {
    const owner = await signInOwner();
    const first = await createProject(owner, 'Support Bot');
    const second = await createProject(owner, 'Support Bot');
    expect(first.slug).toBe('support-bot');
    expect(second.slug).toBe('support-bot-2');
    const renamed = await owner.json<{ name: string; id: string }>(
      owner.patch(`/api/v1/projects/${first.id}`, { name: 'Support Assistant' }),
    );
    expect(renamed).toMatchObject({ id: first.id, name: 'Support Assistant' });
    const listed = await owner.json<{ projects: { id: string; name: string }[] }>(
      owner.get('/api/v1/projects'),
    );
    expect(listed.projects.map((project) => project.id)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
  });

  it('invites by link with a role; the link works once', async () => {
    const owner = await signInOwner();
    const project = await createProject(owner);
    const token = await invite(owner, project.id, 'labeler', 'lab@example.com');

    const anonymous = new HttpClient(inject('baseUrl'));
    const preview = await anonymous.json(anonymous.get(`/api/v1/invitations/${token}`));
    expect(preview).toMatchObject({ projectName: project.name, role: 'labeler', email: 'lab@example.com' });

    const missing = await anonymous.post(`/api/v1/invitations/${token}/accept`, {});
    expect(missing.status).toBe(400);

    const labeler = new HttpClient(inject('baseUrl'));
    const accepted = await labeler.post(`/api/v1/invitations/${token}/accept`, {
      name: 'Lab',
      password: 'lab-password-1',
    });
    expect(accepted.status).toBe(200);
    const me = await labeler.json<{ projects: { id: string; role: string }[] }>(labeler.get('/api/v1/me'));
    expect(me.projects).toEqual([expect.objectContaining({ id: project.id, role: 'labeler' })]);

    const again = await new HttpClient(inject('baseUrl')).post(`/api/v1/invitations/${token}/accept`, {
      name: 'Other',
      email: 'other@example.com',
      password: 'other-password-1',
    });
    expect(again.status).toBe(404);
    const members = await owner.json<{ members: { email: string; role: string }[] }>(
      owner.get(`/api/v1/projects/${project.id}/members`),
    );
    expect(members.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ email: 'lab@example.com', role: 'labeler' })]),
    );
  });

  it('refuses a revoked invitation', async () => {
    const owner = await signInOwner();
    const project = await createProject(owner);
    const token = await invite(owner, project.id, 'viewer');
    const invitations = await owner.json<{ invitations: { id: string }[] }>(
      owner.get(`/api/v1/projects/${project.id}/invitations`),
    );
    expect(
      (await owner.delete(`/api/v1/projects/${project.id}/invitations/${invitations.invitations[0]!.id}`))
        .status,
    ).toBe(204);
    const response = await new HttpClient(inject('baseUrl')).post(`/api/v1/invitations/${token}/accept`, {
      name: 'Late',
      email: 'late@example.com',
      password: 'late-password-1',
    });
    expect(response.status).toBe(404);
  });
});
