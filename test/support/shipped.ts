import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { loadDataset } from '../../src/data/load-dataset.js';
import { loadObligations } from '../../src/data/monitor/load-obligations.js';
import type { ObligationRecord } from '../../src/domain/monitor/obligation-event.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { type RecordIndex, indexRecord } from '../../src/domain/record-index.js';
import type { Treaty } from '../../src/domain/treaty.js';

/** The shipped dataset (fails the test loudly if it does not load). */
export function shipped(): Dataset {
  const r = loadDataset();
  if (!r.ok) throw new Error(`shipped dataset does not load: ${JSON.stringify(r.error)}`);
  return r.value;
}

let cached: RecordIndex | undefined;
/** The shipped dataset, indexed once per test file. */
export function shippedIndex(): RecordIndex {
  cached ??= indexRecord(shipped());
  return cached;
}

/** The shipped Monitor obligation record (fails the test loudly if it does not load). */
export function shippedObligations(): ObligationRecord {
  const r = loadObligations(shipped());
  if (!r.ok) throw new Error(`shipped obligations do not load: ${JSON.stringify(r.error)}`);
  return r.value;
}

let withObligations: RecordIndex | undefined;
/** The shipped dataset with the Monitor's obligation record, indexed once per test file. */
export function shippedMonitorIndex(): RecordIndex {
  withObligations ??= indexRecord(shipped(), shippedObligations());
  return withObligations;
}

/** A shipped treaty by id. */
export function treaty(id: string): Treaty {
  const t = shipped().treaties.find((x) => x.id === id);
  if (!t) throw new Error(`no treaty ${id}`);
  return t;
}

/** Where ../shared/reference lives (tests may read it; the product never does). */
export const REFERENCE = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));
/** Where ../shared/corpus lives. */
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** The five corpus documents with their publishers, as ../shared/corpus/INDEX.md gives them. */
export const CORPUS_PUBLISHERS: Record<string, string> = {
  'euromaidan-lithuania-exits-2025-05.txt': 'Euromaidan Press',
  'icbl-letter-prime-minister-2025-01-17.txt': 'International Campaign to Ban Landmines (ICBL)',
  'icbl-media-pack-lithuania-2025-03-26.txt': 'International Campaign to Ban Landmines (ICBL)',
  'npa-statement-lithuania-vote-2025-05.txt': "Norwegian People's Aid (NPA)",
  'world-today-news-lithuania-considers-2025.txt': 'World-Today-News',
};

/** A row of apmbc-states.csv / ccm-states.csv. */
export interface ReferenceRow {
  iso3: string; name: string; signature: string; deposit: string; deposit_kind: string;
  entry_into_force: string; withdrawal_deposit: string; withdrawal_effective: string; notes: string; source: string;
}

/** Reads a reference table. */
export function referenceRows(file: 'apmbc-states.csv' | 'ccm-states.csv'): ReferenceRow[] {
  return parse<ReferenceRow>(readFileSync(REFERENCE + file, 'utf8'), { columns: true, skip_empty_lines: true });
}
