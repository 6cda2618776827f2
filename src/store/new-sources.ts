import { isDeepStrictEqual } from 'node:util';
import { domainError } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import { rowToSource, sourceToRow } from './record-rows.js';
import { Refusal } from './store-error.js';
import type { StoreDb } from './store-schema.js';

/**
 * Inserts the sources that come with an appended event, numbered from `firstSeq`. A source stored
 * already is fine if it is the same document; a different one under the same id is refused, as
 * sources, like events, are never overwritten.
 */
export async function insertNewSources(trx: StoreDb, sources: readonly Source[], firstSeq: number): Promise<void> {
  for (const [i, s] of sources.entries()) {
    const added = await trx
      .insertInto('sources')
      .values(sourceToRow(s, firstSeq + i))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    if (added.length > 0) continue;
    const stored = await trx.selectFrom('sources').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    if (!isDeepStrictEqual(rowToSource(stored), normalised(s))) {
      throw new Refusal(
        domainError('duplicate_source', `a different source is stored under the id "${s.id}": cite it without sending it again, or give the new document its own id`, `newSources[${i}].id`),
      );
    }
  }
}

/** The source as it reads back (absent fields stay absent), for a fair comparison. */
function normalised(s: Source): Source {
  return rowToSource(sourceToRow(s, 0));
}
