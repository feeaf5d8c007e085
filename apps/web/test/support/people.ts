// Test fixtures built through the public API only: signed-in people, projects, invitations, API keys.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { HttpClient } from './http-client';

/** The owner, signed in once for the whole run by the global setup. */
export async function signInOwner(): Promise<HttpClient> {
  return new HttpClient(inject('baseUrl'), { cookie: inject('ownerCookie') });
}

export async function createProject(client: HttpClient, name = `Project ${randomUUID().slice(0, 8)}`) {
  const response = await client.post('/api/v1/projects', { name });
  if (response.status !== 201)
    throw new Error(`Project creation failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; name: string; slug: string };
}

export async function invite(admin: HttpClient, projectId: string, role: string, email?: string) {
  const response = await admin.post(`/api/v1/projects/${projectId}/invitations`, {
    role,
    ...(email ? { email } : {}),
  });
  if (response.status !== 201)
    throw new Error(`Invitation failed: ${response.status} ${await response.text()}`);
  const { link } = (await response.json()) as { link: string };
  return new URL(link).pathname.split('/').pop()!;
}

/** A new person who joined `projectId` with `role` through an invitation link; signed in. */
export async function joinAs(admin: HttpClient, projectId: string, role: string) {
  const token = await invite(admin, projectId, role);
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  const client = new HttpClient(inject('baseUrl'));
  const response = await client.post(`/api/v1/invitations/${token}/accept`, {
    name: `Test ${role}`,
    email,
    password: 'person-password-1',
  });
  if (!response.ok) throw new Error(`Accepting failed: ${response.status} ${await response.text()}`);
  return { client, email };
}

export async function createApiKey(
  admin: HttpClient,
  projectId: string,
  role: 'member' | 'viewer' = 'member',
) {
  const response = await admin.post(`/api/v1/projects/${projectId}/api-keys`, { name: `key ${role}`, role });
  if (response.status !== 201)
    throw new Error(`API key creation failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string; key: string; prefix: string };
}

export function bearer(key: string): HttpClient {
  return new HttpClient(inject('baseUrl'), { authorization: `Bearer ${key}` });
}
