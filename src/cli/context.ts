import type { Dataset } from '../domain/dataset.js';
import { parseIsoDate } from '../domain/calendar-date.js';
import type { ObligationRecord } from '../domain/monitor/obligation-event.js';
import { type RecordIndex, indexRecord } from '../domain/record-index.js';
import { type StoreEnv, openStore } from '../store/open-store.js';
import type { TreatyStore } from '../store/treaty-store.js';
import { CliError, EXIT, orFail } from './cli-error.js';
import { inCwd, io } from './io.js';

/** Today as a calendar date: read from the clock here, at the edge (TREATYWATCH_TODAY pins it for tests and reproducible reports). */
export function today(): string {
  const pinned = io().env.TREATYWATCH_TODAY;
  if (pinned) return orFail(parseIsoDate(pinned, 'TREATYWATCH_TODAY'));
  return new Date().toISOString().slice(0, 10);
}

/** The run's environment as openStore reads it: the SQLite file (TREATYWATCH_DB, default ./treatywatch.db) taken from the run's folder. */
export function storeEnv(): StoreEnv {
  const env = io().env;
  if (env.DATABASE_URL !== undefined && env.DATABASE_URL !== '') return env;
  return { ...env, TREATYWATCH_DB: inCwd(env.TREATYWATCH_DB !== undefined && env.TREATYWATCH_DB !== '' ? env.TREATYWATCH_DB : './treatywatch.db') };
}

/** Parses a `--on`-style option, defaulting to today. */
export function dateOption(value: string | undefined, field = 'on'): string {
  return value === undefined ? today() : orFail(parseIsoDate(value, field));
}

/** Opens the store (PostgreSQL with DATABASE_URL, else SQLite), loading the shipped dataset on first use. */
export async function withStore<T>(fn: (store: TreatyStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeEnv());
  try {
    if (!(await store.isInitialised())) {
      io().stderr.write('treatywatch: empty database: loading the shipped dataset first (treatywatch init)\n');
      await store.loadDataset(await shippedDataset());
    }
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Reads the record and indexes it; with `obligations`, the Monitor's shipped obligation record too (validated against the stored record). */
export async function withIndex<T>(fn: (index: RecordIndex, store: TreatyStore) => Promise<T> | T, options: { obligations?: boolean } = {}): Promise<T> {
  return withStore(async (store) => {
    const dataset = await store.readDataset();
    const index = indexRecord(dataset, options.obligations === true ? await shippedObligations(dataset) : undefined);
    return fn(index, store);
  });
}

/** data/monitor/obligations.json, validated against `dataset`; a broken file is an internal error, named. Loaded lazily, like the dataset. */
export async function shippedObligations(dataset: Dataset): Promise<ObligationRecord> {
  const { loadObligations } = await import('../data/monitor/load-obligations.js');
  const loaded = loadObligations(dataset);
  if (!loaded.ok) {
    const e = loaded.error;
    throw new CliError(e.code, `shipped obligations: ${e.file}, record ${e.record}, field ${e.field}: ${e.message}`, e.field, EXIT.internal);
  }
  return loaded.value;
}

/** The dataset shipped in `data/`, validated; a broken file is an internal error, named. Loaded lazily: most runs never need zod. */
export async function shippedDataset(): Promise<Dataset> {
  const { loadDataset } = await import('../data/load-dataset.js');
  const loaded = loadDataset();
  if (!loaded.ok) {
    const e = loaded.error;
    throw new CliError(e.code, `shipped dataset: ${e.file}, record ${e.record}, field ${e.field}: ${e.message}`, e.field, EXIT.internal);
  }
  return loaded.value;
}
