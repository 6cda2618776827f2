// The OpenAPI 3.1 document is generated from the zod schemas that validate requests; here it is
// checked for coherence (every $ref resolves, every path parameter declared, every documented route
// served), and real answers are held against the documented response schemas (strict objects).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as answers from '../src/api/answers.js';
import { EventInputSchema } from '../src/ingest/event-input.js';
import { BACKENDS, type TestDb, testServer } from './support/api-harness.js';

type Doc = { openapi: string; paths: Record<string, Record<string, { operationId: string; parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: unknown }> }; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };

const [, sqlite] = BACKENDS[0] ?? [];

describe('the OpenAPI document', () => {
  let db: TestDb;
  let app: FastifyInstance;
  let doc: Doc;

  beforeAll(async () => {
    if (!sqlite) throw new Error('no backend');
    db = await sqlite.create();
    app = await testServer(db.store);
    doc = (await app.inject('/openapi.json')).json<Doc>();
  });
  afterAll(async () => {
    await app?.close();
    await db?.store.close();
    await db?.cleanup();
  });

  it('is OpenAPI 3.1 and coherent: unique operation ids, declared path parameters, resolvable $refs, served routes', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name).sort();
        expect(declared, `${method} ${path}`).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
        expect(app.hasRoute({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1') }), `${method} ${path} is served`).toBe(true);
      }
    }
    for (const ref of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) expect(doc.components.schemas, ref[1]).toHaveProperty(ref[1] ?? '');
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');
    for (const [id, schema] of Object.entries(doc.components.schemas)) expect(schema, `${id} refers to itself`).not.toEqual({ $ref: `#/components/schemas/${id}` });
  });

  it('documents every route the issue asks for', () => {
    const expected = ['/v1/treaties', '/v1/treaties/{treaty}', '/v1/treaties/{treaty}/status', '/v1/treaties/{treaty}/series', '/v1/treaties/{treaty}/pending', '/v1/treaties/{treaty}/groups/{group}',
      '/v1/states', '/v1/states/{state}', '/v1/groups', '/v1/groups/{group}', '/v1/events', '/v1/events/{id}', '/v1/events/{id}/corrections', '/v1/sources', '/v1/sources/{id}',
      '/feeds/changes.atom', '/feeds/{treaty}.atom', '/feeds/states/{state}.atom', '/v1/exports/status.csv', '/v1/exports/status.json', '/v1/exports/events.csv', '/v1/exports/events.json', '/v1/exports/popolo.json', '/v1/tokens'];
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(expected));
  });

  it('the event body is the very schema the CLI validates with', () => {
    const body = doc.paths['/v1/events']?.post?.requestBody?.content['application/json']?.schema;
    const { $schema: _drop, ...expected } = z.toJSONSchema(EventInputSchema, { io: 'input' });
    expect(body).toEqual(expected);
  });

  const samples: [string, z.ZodType][] = [
    ['/v1/treaties', answers.TreatiesAnswer], ['/v1/treaties/apmbc', answers.TreatyAnswer], ['/v1/treaties/ccm', answers.TreatyAnswer],
    ['/v1/treaties/apmbc/status?on=2025-03-26', answers.StatusAnswer], ['/v1/treaties/apmbc/series?every=month', answers.SeriesAnswer],
    ['/v1/treaties/apmbc/pending?on=2025-09-01', answers.PendingAnswer], ['/v1/treaties/ccm/pending?on=2024-12-01', answers.PendingAnswer], ['/v1/treaties/apmbc/groups/eu', answers.GroupAnswer],
    ['/v1/states', answers.StatesAnswer], ['/v1/states/LTU', answers.StateAnswer], ['/v1/states/UKR', answers.StateAnswer], ['/v1/states/LBN', answers.StateAnswer], ['/v1/states/MNE', answers.StateAnswer],
    ['/v1/events?limit=1000', answers.EventsAnswer], ['/v1/sources', answers.SourcesAnswer], ['/v1/groups', answers.GroupsAnswer], ['/v1/groups/nato', answers.GroupMembershipsAnswer],
    ['/v1/health', answers.HealthAnswer], ['/v1/states/Atlantis', answers.ErrorAnswer], ['/v1/treaties/apmbc/status?on=x', answers.ErrorAnswer],
  ];
  for (const [url, schema] of samples) {
    it(`the answer of ${url} matches its documented schema`, async () => {
      const r = await app.inject(url);
      const parsed = schema.safeParse(r.json());
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    });
  }

  it('every treaty and every event answer matches its schema', async () => {
    const { treaties } = (await app.inject('/v1/treaties')).json<{ treaties: { id: string }[] }>();
    for (const t of treaties) {
      for (const url of [`/v1/treaties/${t.id}/status`, `/v1/treaties/${t.id}/pending`]) {
        const parsed = (url.endsWith('status') ? answers.StatusAnswer : answers.PendingAnswer).safeParse((await app.inject(url)).json());
        expect(parsed.success, `${url} ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`).toBe(true);
      }
    }
    let next: string | null = '/v1/events?limit=1000&include_superseded=true';
    while (next) {
      const page: { next: string | null } = (await app.inject(next)).json();
      expect(answers.EventsAnswer.safeParse(page).success).toBe(true);
      next = page.next;
    }
  });
});
