import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { ApiContext } from './api-context.js';
import { sendAnswer } from './conditional.js';
import { jsonText } from './json-text.js';
import { peopleCacheOf } from './people-cache.js';
import type { RecordSnapshot } from './record-cache.js';
import { type CachedAnswer, ResponseCache } from './response-cache.js';
import { MEDIA, type RouteDoc, fastifyPath } from './route-doc.js';
import { parseOr400 } from './zod-errors.js';

/** A generated file as an answer: its bytes, media type and extra headers (Content-Disposition, a CSP of its own). */
export class FileAnswer {
  constructor(
    readonly file: string | Uint8Array,
    readonly type: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** What a workspace read is computed from: the treaty record and the workspace, both as of this request. */
export interface PeopleReadInput<P extends z.ZodType, Q extends z.ZodType> {
  readonly params: z.output<P>;
  readonly query: z.output<Q>;
  readonly snap: RecordSnapshot;
  readonly people: PeopleRecord;
  readonly today: string;
}

/** A public read of the workspace: documentation, schemas, and the (possibly async) answer — JSON, or a file. */
export interface PeopleReadSpec<P extends z.ZodType, Q extends z.ZodType> extends Omit<RouteDoc, 'method' | 'params' | 'query' | 'produces' | 'errors'> {
  readonly params: P;
  readonly query: Q;
  /** The media type(s) documented; JSON unless said. */
  readonly produces?: string;
  readonly errors?: readonly number[];
  readonly answer: (input: PeopleReadInput<P, Q>) => unknown;
}

/** The answers of workspace reads, with the extra headers of file answers; one generation (workspace version, today) at a time. */
class PeopleAnswers {
  private readonly cache = new ResponseCache(200);
  private readonly headers = new Map<string, Readonly<Record<string, string>>>();
  private generation = '';
  // Answers being built (a PDF takes Chromium a second): a second request for the same waits for the first.
  private readonly building = new Map<string, Promise<{ answer: CachedAnswer; headers: Readonly<Record<string, string>> }>>();

  get(generation: string, key: string): { answer: CachedAnswer; headers: Readonly<Record<string, string>> } | undefined {
    const answer = this.cache.get(generation, key);
    return answer && { answer, headers: this.headers.get(key) ?? {} };
  }

  build(generation: string, key: string, make: () => Promise<{ body: string | Buffer; type: string; headers: Readonly<Record<string, string>>; lastModified: string }>) {
    const id = `${generation}\n${key}`;
    let p = this.building.get(id);
    if (!p) {
      p = make().then((m) => {
        if (generation !== this.generation || this.headers.size > 400) {
          this.headers.clear();
          this.generation = generation;
        }
        this.headers.set(key, m.headers);
        return { answer: this.cache.put(generation, key, m.body, m.type, m.lastModified), headers: m.headers };
      }).finally(() => this.building.delete(id));
      this.building.set(id, p);
    }
    return p;
  }
}

const answersOf = new WeakMap<ApiContext, PeopleAnswers>();

/**
 * Registers a public GET over the campaign workspace: like readRoute (validated path and query, the
 * same domain and presentation functions as the CLI, answers serialised once and sent with ETag and
 * Last-Modified), but the answer may be computed asynchronously and may be a file, and the
 * cache follows the workspace's version as well as the record's.
 */
export function peopleRoute<P extends z.ZodType, Q extends z.ZodType>(app: FastifyInstance, ctx: ApiContext, spec: PeopleReadSpec<P, Q>): void {
  const { answer: compute, produces, errors, ...doc } = spec;
  ctx.docs.push({ ...doc, method: 'get', produces: produces ?? MEDIA.json, errors: errors ?? [400] });
  let answers = answersOf.get(ctx);
  if (!answers) {
    answers = new PeopleAnswers();
    answersOf.set(ctx, answers);
  }
  const cache = answers;
  app.get(fastifyPath(spec.path), async (request, reply) => {
    const snap = await ctx.record.current();
    const ws = await peopleCacheOf(ctx.store).current(snap);
    const today = ctx.today();
    const generation = `${ws.version}|${today}`;
    const hit = cache.get(generation, request.url) ?? await cache.build(generation, request.url, async () => {
      const params = parseOr400(spec.params, request.params, 'path');
      const query = parseOr400(spec.query, request.query, 'query');
      const value = await compute({ params, query, snap, people: ws.people, today });
      const modified = lastModified(snap, today);
      if (value instanceof FileAnswer) return { body: typeof value.file === 'string' ? value.file : Buffer.from(value.file), type: value.type, headers: value.headers, lastModified: modified };
      return { body: jsonText(value), type: MEDIA.json, headers: {}, lastModified: modified };
    });
    reply.headers(hit.headers);
    return sendAnswer(request, reply, hit.answer);
  });
}


function lastModified(snap: RecordSnapshot, today: string): string {
  const midnight = Date.parse(`${today}T00:00:00Z`);
  return Date.parse(snap.lastModified) >= midnight ? snap.lastModified : new Date(midnight).toUTCString();
}
