import { formatDataError } from '../data/data-error.js';
import { loadObligations } from '../data/monitor/load-obligations.js';
import type { Dataset } from '../domain/dataset.js';
import type { ObligationRecord } from '../domain/monitor/obligation-event.js';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWeb } from '../web/register-web.js';
import { libraryWebContext } from './library-web-context.js';
import { openApiStore } from '../store/kysely-api-store.js';
import type { KyselyStore } from '../store/kysely-store.js';
import type { ApiContext } from './api-context.js';
import { peopleCacheOf } from './people-cache.js';
import { installDocs } from './docs.js';
import { installErrorHandler } from './error-handler.js';
import { RecordCache } from './record-cache.js';
import { ResponseCache } from './response-cache.js';
import { registerRoutes } from './routes/register-routes.js';
import { installSecurity } from './security.js';

/** How to build the server; only the store is required. */
export interface ServerOptions {
  /** The open store the server reads and writes (it is closed with the server when `closeStore` is set). */
  readonly store: KyselyStore;
  readonly closeStore?: boolean;
  /** Today as a calendar date (default: the clock's UTC date). */
  readonly today?: () => string;
  /** The clock for recordedAt and token times (default: the system clock). */
  readonly now?: () => Date;
  /** pino logging: false (none), true (info to stdout), or a level and a stream. */
  readonly logger?: boolean | { readonly level?: string; readonly stream?: NodeJS.WritableStream };
  /** Largest request body, in bytes (default 256 KiB). */
  readonly bodyLimit?: number;
  /** Writes per client (IP) per window (default 60 a minute). */
  readonly writeLimit?: { readonly max: number; readonly timeWindow: number };
  /** How often to look for writes made by other processes, in ms (default 1000). */
  readonly recheckMs?: number;
  /** Reads the Monitor's obligation record for a dataset (default: data/monitor/obligations.json, shipped). */
  readonly obligations?: (dataset: Dataset) => ObligationRecord;
  /** Trust X-Forwarded-* from a proxy in front (default false). */
  readonly trustProxy?: boolean;
}

// Never log a token: the Authorization header is redacted wherever a request's headers could be logged.
const REDACT = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'request.headers.authorization'];

/** data/monitor/obligations.json checked against the stored record; a broken shipped file is a bug, thrown. */
function shippedObligations(dataset: Dataset): ObligationRecord {
  const r = loadObligations(dataset);
  if (!r.ok) throw new Error(`shipped obligations: ${formatDataError(r.error)}`);
  return r.value;
}

/** Builds the HTTP server (API, feeds, exports, docs and the web app's pages) without listening: call listen() or inject(). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Finish in-flight requests on close; idle keep-alive connections are dropped at once.
    forceCloseConnections: 'idle',
  });
  const now = options.now ?? (() => new Date());
  const ctx: ApiContext = {
    store: options.store,
    api: openApiStore(options.store),
    record: new RecordCache(options.store, options.recheckMs ?? 1000, Date.now, options.obligations ?? shippedObligations),
    answers: new ResponseCache(),
    today: options.today ?? (() => now().toISOString().slice(0, 10)),
    now,
    docs: [],
    writeLimit: options.writeLimit ?? { max: 60, timeWindow: 60_000 },
  };
  installErrorHandler(app);
  await installSecurity(app);
  registerRoutes(app, ctx);
  await installDocs(app, ctx.docs);
  // The web pages read the store's campaign workspace (not the shipped files), re-read when it changes.
  const people = peopleCacheOf(options.store, options.recheckMs ?? 1000);
  await registerWeb(app, { readIndex: async () => (await ctx.record.current()).index, today: ctx.today, readPeople: async () => (await people.current(await ctx.record.current())).people, library: libraryWebContext(options.store, ctx) });
  installGracefulClose(app);
  if (options.closeStore === true) app.addHook('onClose', () => options.store.close());
  return app;
}

/**
 * Once close() is called, answers in flight go out with `Connection: close`: a keep-alive client
 * then hangs up after its answer instead of holding the server open until its idle timeout.
 */
function installGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}

function loggerOptions(logger: NonNullable<ServerOptions['logger']>) {
  if (logger === false) return false;
  const base = { redact: { paths: REDACT, censor: '[redacted]' } };
  if (logger === true) return { ...base, level: 'info' };
  return { ...base, level: logger.level ?? 'info', ...(logger.stream ? { stream: logger.stream } : {}) };
}
