import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { HttpClient as AnonymousClient } from './support/http-client';
import { bearer, createApiKey, createProject, joinAs, signInOwner } from './support/people';

describe('authorization on /api/v1', () => {
  let owner: HttpClient;
  let projectA: { id: string };
  let projectB: { id: string };
  let memberOfA: HttpClient;
  let viewerOfA: HttpClient;

  beforeAll(async () => {
    owner = await signInOwner();
    projectA = await createProject(owner, 'Project A');
    projectB = await createProject(owner, 'Project B');
    memberOfA = (await joinAs(owner, projectA.id, 'member')).client;
    viewerOfA = (await joinAs(owner, projectA.id, 'viewer')).client;
  });

  it('answers 401 without a session or API key', async () => {
    const anonymous = new AnonymousClient(inject('baseUrl'));
    for (const path of ['/api/v1/projects', `/api/v1/projects/${projectA.id}`, '/api/v1/me']) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('lets a member see their project and nothing of another project (404, not 403)', async () => {
    expect((await memberOfA.get(`/api/v1/projects/${projectA.id}`)).status).toBe(200);
    const listed = await memberOfA.json<{ projects: { id: string }[] }>(memberOfA.get('/api/v1/projects'));
    expect(listed.projects.map((project) => project.id)).toEqual([projectA.id]);
    for (const path of [
      `/api/v1/projects/${projectB.id}`,
      `/api/v1/projects/${projectB.id}/members`,
      `/api/v1/projects/${projectB.id}/api-keys`,
      `/api/v1/projects/${projectB.id}/invitations`,
    ]) {
      expect((await memberOfA.get(path)).status, path).toBe(404);
    }
    expect((await memberOfA.patch(`/api/v1/projects/${projectB.id}`, { name: 'Taken over' })).status).toBe(
      404,
    );
  });

  it('answers 404 for project B pages in the UI too', async () => {
    const page = await memberOfA.get(`/projects/${projectB.id}/settings`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('Project B');
  });

  it('refuses mutations from a viewer with 403 and changes nothing', async () => {
    const rename = await viewerOfA.patch(`/api/v1/projects/${projectA.id}`, { name: 'Renamed by viewer' });
    expect(rename.status).toBe(403);
    expect((await viewerOfA.post(`/api/v1/projects/${projectA.id}/api-keys`, { name: 'nope' })).status).toBe(
      403,
    );
    expect(
      (await viewerOfA.post(`/api/v1/projects/${projectA.id}/invitations`, { role: 'admin' })).status,
    ).toBe(403);
    const project = await owner.json<{ name: string }>(owner.get(`/api/v1/projects/${projectA.id}`));
    expect(project.name).toBe('Project A');
  });

  it('accepts a project API key for its own project only, and refuses it once revoked', async () => {
    const { id, key } = await createApiKey(owner, projectA.id);
    const client = bearer(key);
    expect((await client.get(`/api/v1/projects/${projectA.id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/projects/${projectB.id}`)).status).toBe(404);

    const keys = await owner.json<{ apiKeys: { id: string; prefix: string }[] }>(
      owner.get(`/api/v1/projects/${projectA.id}/api-keys`),
    );
    const listed = keys.apiKeys.find((apiKey) => apiKey.id === id);
    expect(listed?.prefix).toBe(key.slice(0, 10));
    expect(JSON.stringify(keys)).not.toContain(key);

    expect((await owner.delete(`/api/v1/projects/${projectA.id}/api-keys/${id}`)).status).toBe(204);
    expect((await client.get(`/api/v1/projects/${projectA.id}`)).status).toBe(401);
  });

  it('lets a viewer API key read but not write', async () => {
    const { key } = await createApiKey(owner, projectA.id, 'viewer');
    const client = bearer(key);
    expect((await client.get(`/api/v1/projects/${projectA.id}/members`)).status).toBe(200);
    expect((await client.patch(`/api/v1/projects/${projectA.id}`, { name: 'x' })).status).toBe(403);
  });

  it('answers 401 for a malformed or unknown bearer token', async () => {
    expect((await bearer('ys_not-a-real-key').get('/api/v1/projects')).status).toBe(401);
    const malformed = new AnonymousClient(inject('baseUrl'), { authorization: 'Basic abc' });
    expect((await malformed.get('/api/v1/projects')).status).toBe(401);
  });

  it('refuses a cookie-authenticated mutation from another origin', async () => {
    const response = await memberOfA.patch(
      `/api/v1/projects/${projectA.id}`,
      { name: 'x' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });
});
