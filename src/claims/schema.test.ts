import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { claimCheckRequestSchema, claimCheckResultSchema } from './schema.js';

describe('the request and response schemas of POST /v1/claims/check', () => {
  it('accepts a text with an optional date', () => {
    expect(claimCheckRequestSchema.parse({ text: 'Lithuania joined the Ottawa Convention in 2004.', date: '2025-01-17' })).toEqual({ text: 'Lithuania joined the Ottawa Convention in 2004.', date: '2025-01-17' });
  });

  it('refuses bad input naming the field', () => {
    const issues = claimCheckRequestSchema.safeParse({ text: '', date: '2025-02-30', extra: 1 }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.') || i.code)).toEqual(expect.arrayContaining(['text', 'date', 'unrecognized_keys']));
  });

  it('give JSON Schemas for the OpenAPI document', () => {
    expect(z.toJSONSchema(claimCheckRequestSchema)).toMatchObject({ type: 'object', required: ['text'], additionalProperties: false });
    expect(z.toJSONSchema(claimCheckResultSchema)).toMatchObject({ type: 'object' });
  });
});
