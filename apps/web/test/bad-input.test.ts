import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from './support/http-client';
import { HttpClient as AnonymousClient } from './support/http-client';
import { signInOwner } from './support/people';

interface TProblem {
  status: number;
  code: string;
  detail: string;
  errors: { field?: string; message: string }[];
}

describe('bad input on /api', () => {
  let owner: HttpClient;
  const projectCount = async () =>
    (await owner.json<{ projects: unknown[] }>(owner.get('/api/v1/projects'))).projects.length;

  beforeAll(async () => {
    owner = await signInOwner();
  });

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const before = await projectCount();
    const response = await owner.post('/api/v1/projects', '{"name": "unterminated');
    expect(response.status).toBe(400);
    const problem = (await response.json()) as TProblem;
    expect(problem.detail).toMatch(/not valid JSON/);
    expect(await projectCount()).toBe(before);
  });

  it('names a missing field and a wrong one', async () => {
    const missing = (await owner.json(owner.post('/api/v1/projects', {}))) as unknown as TProblem;
    expect(missing).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(missing.errors).toEqual([{ field: 'body.name', message: 'is required' }]);

    const wrong = (await owner.json(owner.post('/api/v1/projects', { name: 42 }))) as unknown as TProblem;
    expect(wrong.errors[0]?.field).toBe('body.name');
    expect(wrong.errors[0]?.message).toMatch(/expected string/);

    const role = await owner.json<TProblem>(
      owner.post('/api/v1/projects/whatever/invitations', { role: 'emperor' }),
    );
    expect(role.errors).toEqual([
      { field: 'body.role', message: 'must be admin, member, labeler or viewer' },
    ]);
  });

  it('answers an oversize body with 413 and writes nothing', async () => {
    const before = await projectCount();
    const response = await owner.post('/api/v1/projects', { name: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as TProblem).code).toBe('payload_too_large');
    expect(await projectCount()).toBe(before);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const anonymous = new AnonymousClient(inject('baseUrl'));
    for (const path of ['/api/v1/does-not-exist', '/api/nothing/here', '/api/v1/projects/x/y/z']) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toContain('application/problem+json');
    }
  });

  it('reports database, Redis and worker health', async () => {
    const anonymous = new AnonymousClient(inject('baseUrl'));
    const health = await anonymous.json<{
      status: string;
      database: { isHealthy: boolean };
      redis: { isHealthy: boolean };
      workers: { count: number };
    }>(anonymous.get('/api/health'));
    expect(health.status).toBe('ok');
    expect(health.database.isHealthy).toBe(true);
    expect(health.redis.isHealthy).toBe(true);
    expect(health.workers.count).toBeGreaterThanOrEqual(1);
  });
});
