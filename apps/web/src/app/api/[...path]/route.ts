import { problem } from '@/server/problem';

// Anything under /api that no route claims: a JSON 404, never the HTML not-found page.
const notFound = (request: Request) =>
  problem(404, 'not_found', `There is no API route ${request.method} ${new URL(request.url).pathname}.`);

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
