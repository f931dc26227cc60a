import type { z } from 'zod';
import { AppError } from '@visiebord/shared/api';

/** Validates a request body with a shared schema; says which fields are wrong. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].join(', ');
  throw new AppError('invalid_request', `Het verzoek is niet compleet of niet geldig (${fields}).`);
}
