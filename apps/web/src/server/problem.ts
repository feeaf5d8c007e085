import 'server-only';
import type { TErrorDetail } from '@yardstick/core/server';

/** An RFC 9457 problem+json response: the one shape every /api error takes. */
export function problem(status: number, code: string, detail: string, errors: TErrorDetail[] = []): Response {
  return Response.json(
    {
      type: `https://yardstick.dev/problems/${code}`,
      title: code.replaceAll('_', ' '),
      status,
      code,
      detail,
      errors,
    },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}
