import { toNextJsHandler } from 'better-auth/next-js';
import { problem } from '@/server/problem';
import { services } from '@/server/services';

const handlers = () => toNextJsHandler(services().auth);

export const GET = (request: Request) => handlers().GET(request);

// Accounts are created by the first-run setup and by invitations only, never by open sign-up.
export const POST = (request: Request) =>
  new URL(request.url).pathname.startsWith('/api/auth/sign-up')
    ? problem(404, 'not_found', 'Open sign-up is disabled: ask a project admin for an invitation link.')
    : handlers().POST(request);
