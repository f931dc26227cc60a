import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, ERRORS, type ErrorCode, type ErrorResponse } from '@visiebord/shared/api';

/** Fastify's own client errors, in our words. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'invalid_request',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_request',
};

const body = (code: ErrorCode | string, message: string): ErrorResponse => ({ error: { code, message } });

/**
 * One error handler: our own and Fastify's client errors pass through as `{error:{code,message}}`;
 * anything else is logged and hidden behind a plain message.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).send(body(error.code, error.message));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(ERRORS[known].status).send(body(known, ERRORS[known].message));
    if (error.validation) return reply.status(400).send(body('invalid_request', ERRORS.invalid_request.message));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(body('invalid_request', ERRORS.invalid_request.message));
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(body('internal', ERRORS.internal.message));
  });
}
