import { type DomainError, type Result, domainError, err, ok } from '../domain/result.js';
import { type IngestDb, type IngestTables, reserveNamed } from './ingest-schema.js';
import type { KyselyStore } from './kysely-store.js';
import { reviewColumns, rowToSuggestion, suggestionToRow } from './suggestion-rows.js';
import type { AddedSuggestions, NewSuggestion, Review, Suggestion, SuggestionFilter, SuggestionStatus, SuggestionStore } from './suggestion-store.js';
import { findUnstorable } from './storable-value.js';
import { Refusal } from './store-error.js';
import type { StoreTransaction } from './store-transaction.js';

/** The review queue over the store's own database (SQLite or PostgreSQL). */
export function openSuggestionStore(store: Pick<KyselyStore, 'db'>): SuggestionStore {
  return new KyselySuggestionStore(store.db.withTables<IngestTables>());
}

class KyselySuggestionStore implements SuggestionStore {
  constructor(private readonly db: IngestDb) {}

  async addMany(items: readonly NewSuggestion[]): Promise<Result<AddedSuggestions>> {
    for (const [i, s] of items.entries()) {
      const bad = findUnstorable(s, `suggestions[${i}]`);
      if (bad) return err(bad);
    }
    if (items.length === 0) return ok({ added: [], known: [] });
    return ok(
      await this.db.transaction().execute(async (trx) => {
        // The counter's row lock serialises writers: the key check sees every earlier commit.
        const first = await reserveNamed(trx, 'suggestions', items.length);
        const keys = [...new Set(items.map((s) => s.key))];
        const stored = await trx.selectFrom('suggestions').selectAll().where('key', 'in', keys).execute();
        const byKey = new Map(stored.map((r) => [r.key, rowToSuggestion(r)]));
        const added: Suggestion[] = [];
        const known: Suggestion[] = [];
        for (const [i, s] of items.entries()) {
          const twin = byKey.get(s.key);
          if (twin) {
            known.push(twin);
            continue;
          }
          const row = suggestionToRow(s, first + i);
          await trx.insertInto('suggestions').values(row).execute();
          const made = rowToSuggestion(row);
          byKey.set(s.key, made);
          added.push(made);
        }
        return { added, known };
      }),
    );
  }

  async get(id: string): Promise<Suggestion | undefined> {
    const row = await this.db.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : rowToSuggestion(row);
  }

  async list(filter: SuggestionFilter = {}): Promise<Suggestion[]> {
    let q = this.db.selectFrom('suggestions').selectAll();
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.documentId !== undefined) q = q.where('document_id', '=', filter.documentId);
    if (filter.origin !== undefined) q = q.where('origin', '=', filter.origin);
    const rows = await q.orderBy('seq').limit(filter.limit ?? 10_000).execute();
    return rows.map(rowToSuggestion);
  }

  accept(id: string, review: Review): Promise<Result<Suggestion>> {
    return this.review(id, 'accepted', review);
  }

  acceptIn(trx: StoreTransaction, id: string, review: Review): Promise<Result<Suggestion>> {
    const bad = findUnstorable(review, 'review');
    return bad ? Promise.resolve(err(bad)) : decide(trx.withTables<IngestTables>(), id, 'accepted', review);
  }

  reject(id: string, review: Review & { readonly reason: string }): Promise<Result<Suggestion>> {
    return this.review(id, 'rejected', review);
  }

  private async review(id: string, status: SuggestionStatus, review: Review): Promise<Result<Suggestion>> {
    const bad = findUnstorable(review, 'review');
    if (bad) return err(bad);
    try {
      return ok(
        await this.db.transaction().execute(async (trx) => {
          const decided = await decide(trx, id, status, review);
          if (!decided.ok) throw new Refusal(decided.error);
          return decided.value;
        }),
      );
    } catch (e) {
      if (e instanceof Refusal) return err(e.error);
      throw e;
    }
  }
}

/** Moves a pending suggestion to `status`, in the caller's transaction; one decided already (or missing) is refused. */
async function decide(trx: IngestDb, id: string, status: SuggestionStatus, review: Review): Promise<Result<Suggestion>> {
  // Only a pending row changes: when two reviewers race, the second finds it reviewed.
  const updated = await trx.updateTable('suggestions').set(reviewColumns(status, review)).where('id', '=', id).where('status', '=', 'pending').returningAll().executeTakeFirst();
  if (updated !== undefined) return ok(rowToSuggestion(updated));
  const row = await trx.selectFrom('suggestions').selectAll().where('id', '=', id).executeTakeFirst();
  return err(row === undefined ? unknown(id) : reviewed(rowToSuggestion(row)));
}

function unknown(id: string): DomainError {
  return domainError('unknown_suggestion', `there is no suggestion ${id}: list them with treatywatch suggestions`, 'id');
}

function reviewed(s: Suggestion): DomainError {
  const what = s.status === 'accepted' ? `accepted${s.review?.eventId ? ` as event ${s.review.eventId}` : ''}` : `rejected${s.review?.reason ? ` ("${s.review.reason}")` : ''}`;
  return domainError('already_reviewed', `suggestion ${s.id} was ${what} by ${s.review?.by ?? 'someone'} on ${s.review?.at.slice(0, 10) ?? '?'}: it is kept as it is`, 'id');
}
