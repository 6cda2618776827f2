import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Parses request parts (path, query) with a zod schema; the first problem becomes a 400 naming the parameter. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: 'path' | 'query'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw fromZod(parsed.error, where);
}

function fromZod(error: z.ZodError, where: 'path' | 'query'): HttpError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  if (issue?.code === 'unrecognized_keys') {
    return new HttpError(400, 'unknown_parameter', `unknown ${where} parameter(s): ${issue.keys.join(', ')}`, issue.keys[0]);
  }
  // Custom checks carry the domain's own code (invalid_date, …) and message.
  const params = issue?.code === 'custom' ? (issue.params as { code?: unknown } | undefined) : undefined;
  if (typeof params?.code === 'string') return new HttpError(400, params.code, issue?.message ?? 'is invalid', field);
  return new HttpError(400, 'invalid_parameter', `${field} ${issue?.message ?? 'is invalid'}`, field === '' ? undefined : field);
}
