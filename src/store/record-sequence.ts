import type { StoreDb } from './store-schema.js';

/**
 * Reserves `count` consecutive `seq` values and returns the first. The UPDATE locks the counter row
 * until the transaction ends, so writers take turns from here on in both engines: `seq` follows
 * commit order and checks made after this call see every earlier write.
 */
export async function reserveSeq(trx: StoreDb, count: number): Promise<number> {
  const row = await trx
    .updateTable('store_sequence')
    .set((eb) => ({ value: eb('value', '+', count) }))
    .where('name', '=', 'records')
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value - count + 1;
}

/** Splits rows into batches small enough for either engine's limit on bound parameters. */
export function batches<T>(rows: readonly T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
