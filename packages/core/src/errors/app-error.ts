// Typed domain errors. Each carries its HTTP status and whether it is expected (shown to the user as is)
// or not (logged, answered generically). They are mapped to responses in one place: the web route wrapper.

export interface TErrorDetail {
  field?: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly isExpected = true,
    readonly details: TErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: TErrorDetail[] = []) {
    super('validation_failed', message, 400, true, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in, or send a project API key as "Authorization: Bearer <key>".') {
    super('unauthenticated', message, 401);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message, 403);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not_found', `${what} was not found.`, 404);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message, 409);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('payload_too_large', `The request body is larger than the ${limitBytes} bytes allowed.`, 413);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
