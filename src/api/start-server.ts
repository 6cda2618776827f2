import type { FastifyInstance } from 'fastify';
import { loadDataset } from '../data/load-dataset.js';
import { openStore, type StoreEnv } from '../store/open-store.js';
import { buildServer } from './build-server.js';

/** How `treatywatch serve` starts the server. */
export interface StartOptions {
  readonly host: string;
  readonly port: number;
  /** Chooses the store: PostgreSQL with DATABASE_URL, else SQLite at TREATYWATCH_DB or ./treatywatch.db. */
  readonly env: StoreEnv;
  /** Today as a calendar date, read at the edge (pinned by TREATYWATCH_TODAY). */
  readonly today: () => string;
  /** pino level for the request log on stdout (`silent` for none). */
  readonly logLevel: string;
  readonly trustProxy: boolean;
  /** Progress lines for the operator (stderr). */
  readonly say: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  /** Where it listens, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stops accepting connections, lets requests in flight finish, then closes the store. */
  close(): Promise<void>;
}

/** Opens the store (loading the shipped dataset into an empty one), builds the server and listens. */
export async function startServer(o: StartOptions): Promise<RunningServer> {
  const store = await openStore(o.env);
  let app: FastifyInstance | undefined;
  try {
    if (!(await store.isInitialised())) {
      o.say('empty database: loading the shipped dataset first (as `treatywatch init` does)');
      const dataset = loadDataset();
      if (!dataset.ok) throw new Error(`shipped dataset: ${dataset.error.file}: ${dataset.error.message}`);
      await store.loadDataset(dataset.value);
    }
    app = await buildServer({ store, closeStore: true, today: o.today, logger: { level: o.logLevel }, trustProxy: o.trustProxy });
    const url = await app.listen({ host: o.host, port: o.port });
    const running = app;
    const close = async (): Promise<void> => {
      // A request that does not finish in 10 s does not keep the server from stopping.
      const force = setTimeout(() => running.server.closeAllConnections(), 10_000).unref();
      await running.close();
      clearTimeout(force);
    };
    return { app: running, url, close };
  } catch (error) {
    if (app) await app.close();
    else await store.close();
    throw error;
  }
}
