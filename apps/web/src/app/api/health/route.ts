import { checkHealth } from '@yardstick/core/server';
import { services } from '@/server/services';

export const dynamic = 'force-dynamic';

/** Database, Redis and worker status, for load balancers and `pnpm start`. 503 when anything is down. */
export async function GET() {
  const { database, redis } = services();
  const report = await checkHealth({ database, redis });
  return Response.json(report, { status: report.status === 'ok' ? 200 : 503 });
}
