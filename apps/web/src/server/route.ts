import 'server-only';
import { randomUUID } from 'node:crypto';
import { isAppError, type TActor, type TServices } from '@yardstick/core/server';
import { z } from 'zod';
import { findActor, requireActor } from './authenticate';
import { problem } from './problem';
import { readJsonBody } from './read-body';
import { services as getServices } from './services';
import { parseOrThrow } from './validation';

type TAuthMode = 'public' | 'optional' | 'required';
type TActorFor<Mode extends TAuthMode> = Mode extends 'required' ? TActor : TActor | undefined;

interface TRouteConfig<
  Mode extends TAuthMode,
  TParams extends z.ZodType,
  TQuery extends z.ZodType,
  TBody extends z.ZodType,
> {
  /** public: no identity needed; optional: identity used if present; required: 401 without one. */
  auth: Mode;
  params?: TParams;
  query?: TQuery;
  body?: TBody;
  /** Status of a successful answer (200 unless given). */
  status?: number;
  handler: (context: {
    request: Request;
    actor: TActorFor<Mode>;
    params: z.infer<TParams>;
    query: z.infer<TQuery>;
    body: z.infer<TBody>;
    services: TServices;
  }) => Promise<unknown>;
}

const anything = z.unknown();

/**
 * The one wrapper for every /api route handler: identity, validation of params, query and body with zod,
 * JSON answers, and errors as problem+json (expected ones as they are, the rest logged and answered
 * generically).
 */
export function route<
  Mode extends TAuthMode,
  TParams extends z.ZodType = typeof anything,
  TQuery extends z.ZodType = typeof anything,
  TBody extends z.ZodType = typeof anything,
>(config: TRouteConfig<Mode, TParams, TQuery, TBody>) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const requestId = randomUUID();
    let services: TServices | undefined;
    try {
      services = getServices();
      const actor =
        config.auth === 'required'
          ? await requireActor(request, services)
          : config.auth === 'optional'
            ? await findActor(request, services)
            : undefined;
      const params = parseOrThrow(config.params ?? anything, await context.params, 'params');
      const query = parseOrThrow(
        config.query ?? anything,
        Object.fromEntries(new URL(request.url).searchParams),
        'query',
      );
      const body = config.body
        ? parseOrThrow(
            config.body,
            (await readJsonBody(request, services.environment.YARDSTICK_MAX_BODY_BYTES)) ?? {},
            'body',
          )
        : undefined;
      const result = await config.handler({
        request,
        actor: actor as TActorFor<Mode>,
        params: params as z.infer<TParams>,
        query: query as z.infer<TQuery>,
        body: body as z.infer<TBody>,
        services,
      });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result, { status: config.status ?? 200 });
    } catch (error) {
      if (isAppError(error) && error.isExpected) {
        services?.logger.info(
          { requestId, path: new URL(request.url).pathname, code: error.code },
          error.message,
        );
        return problem(error.status, error.code, error.message, error.details);
      }
      const failure = {
        requestId,
        path: new URL(request.url).pathname,
        error: error instanceof Error ? error.stack : String(error),
      };
      if (services) services.logger.error(failure, 'unexpected error');
      else console.error('unexpected error', failure);
      return problem(500, 'internal_error', `Something went wrong on our side (request ${requestId}).`);
    }
  };
}
