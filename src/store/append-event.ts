import type { TreatyEvent } from '../domain/event.js';
import { type DomainError, type Result, domainError, err, ok } from '../domain/result.js';
import { citationRows, eventToRow } from './event-rows.js';
import { insertNewSources } from './new-sources.js';
import { reserveSeq } from './record-sequence.js';
import { citedSourceIds, findEventReferenceError } from './reference-check.js';
import { findUnstorable } from './storable-value.js';
import type { StoreDialect } from './store-dialect.js';
import { Refusal } from './store-error.js';
import type { StoreDb } from './store-schema.js';
import type { WriteOptions } from './store-transaction.js';
import type { AppendItem } from './treaty-store.js';

/**
 * Appends events and their new sources in one transaction, each checked against the log as the
 * ones before it leave it; one refusal and nothing is written. Checks come first (for errors that
 * name the field), then the sequence lock, the inserts, and the database's keys settle any race:
 * a second event with the same id, or a second correction of one event, fails on a unique key.
 * `batched` says whether error fields get a `batch[i].` prefix. `options.alsoInTransaction` runs
 * after the inserts, in the same transaction: its error rolls everything back and is returned as it is.
 */
export async function appendEvents(db: StoreDb, dialect: StoreDialect, items: readonly AppendItem[], batched: boolean, options: WriteOptions<readonly TreatyEvent[]> = {}): Promise<Result<TreatyEvent[]>> {
  const at = (i: number, e: DomainError) => (batched ? relocate(e, i) : e);
  for (const [i, { event, newSources }] of items.entries()) {
    const unstorable = findUnstorable(event, '') ?? findUnstorable(newSources, 'newSources');
    if (unstorable) return err(at(i, unstorable));
  }
  let current = 0;
  try {
    await db.transaction().execute(async (trx) => {
      for (const [i, item] of items.entries()) {
        current = i;
        const refused = await appendOne(trx, item);
        if (refused) throw new Refusal(refused);
      }
      const also = await options.alsoInTransaction?.(trx, items.map((item) => item.event));
      if (also) throw new AlsoRefused(also);
    });
    return ok(items.map((item) => item.event));
  } catch (error) {
    if (error instanceof AlsoRefused) return err(error.error);
    if (error instanceof Refusal) return err(at(current, error.error));
    const event = items[current]?.event;
    const violated = dialect.uniqueViolation(error);
    if (event !== undefined && violated === 'events.id') return err(at(current, duplicateId(event)));
    if (event?.supersedes !== undefined && violated === 'events.supersedes') {
      const message = `"${event.supersedes}" was corrected by another event at the same moment: read it again and supersede the newest correction`;
      return err(at(current, domainError('already_superseded', message, 'supersedes')));
    }
    throw error;
  }
}

/** The extra work's refusal: about no item of the batch, so returned without a `batch[i].` prefix. */
class AlsoRefused extends Refusal {}

async function appendOne(trx: StoreDb, { event, newSources }: AppendItem): Promise<DomainError | undefined> {
  const refused = await precheck(trx, event, newSources.map((s) => s.id));
  if (refused) return refused;
  const seq = await reserveSeq(trx, newSources.length + 1);
  await insertNewSources(trx, newSources, seq);
  await trx.insertInto('events').values(eventToRow(event, seq + newSources.length)).execute();
  const citations = citationRows(event);
  if (citations.length > 0) await trx.insertInto('event_citations').values(citations).execute();
  // Under the sequence lock every earlier append is visible: this catches two curators
  // recording the same fact under different ids at the same moment.
  const twin = await standingTwin(trx, event);
  return twin === undefined ? undefined : duplicateFact(event, twin);
}

async function precheck(trx: StoreDb, e: TreatyEvent, newSourceIds: readonly string[]): Promise<DomainError | undefined> {
  if ((await trx.selectFrom('events').select('id').where('id', '=', e.id).executeTakeFirst()) !== undefined) return duplicateId(e);
  if (e.supersedes !== undefined) {
    const target = await trx.selectFrom('events').select('id').where('id', '=', e.supersedes).executeTakeFirst();
    if (target === undefined) return domainError('unknown_event', `no event has the id "${e.supersedes}": give the id of the event this one corrects`, 'supersedes');
    const by = await trx.selectFrom('events').select('id').where('supersedes', '=', e.supersedes).executeTakeFirst();
    if (by !== undefined) return domainError('already_superseded', `"${e.supersedes}" is already corrected by "${by.id}": supersede "${by.id}" instead`, 'supersedes');
  }
  const cited = citedSourceIds(e);
  const [state, treaty, stored] = await Promise.all([
    trx.selectFrom('states').select('iso3').where('iso3', '=', e.iso3).execute(),
    e.treatyId === null ? Promise.resolve([]) : trx.selectFrom('treaties').select('id').where('id', '=', e.treatyId).execute(),
    cited.length === 0 ? Promise.resolve([]) : trx.selectFrom('sources').select('id').where('id', 'in', cited).execute(),
  ]);
  return findEventReferenceError(e, {
    states: new Set(state.map((r) => r.iso3)),
    treaties: new Set(treaty.map((r) => r.id)),
    sources: new Set([...stored.map((r) => r.id), ...newSourceIds]),
  });
}

/** Another standing event with the same state, treaty, kind and date (the event it corrects aside). */
async function standingTwin(trx: StoreDb, e: TreatyEvent): Promise<string | undefined> {
  let q = trx
    .selectFrom('events as e')
    .select('e.id')
    .where('e.iso3', '=', e.iso3)
    .where('e.kind', '=', e.kind)
    .where('e.date_value', '=', e.date.value)
    .where('e.date_precision', '=', e.date.precision)
    .where('e.id', '!=', e.id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('events as s').select('s.id').whereRef('s.supersedes', '=', 'e.id'))));
  q = e.treatyId === null ? q.where('e.treaty_id', 'is', null) : q.where('e.treaty_id', '=', e.treatyId);
  if (e.supersedes !== undefined) q = q.where('e.id', '!=', e.supersedes);
  return (await q.executeTakeFirst())?.id;
}

/** Points an item's error at its place in the batch: `batch[2].event.supersedes`, `batch[2].newSources[0].id`. */
function relocate(e: DomainError, i: number): DomainError {
  const field = e.field ?? '';
  return domainError(e.code, e.message, field.startsWith('newSources') ? `batch[${i}].${field}` : `batch[${i}].event${field === '' ? '' : `.${field}`}`);
}

function duplicateId(e: TreatyEvent): DomainError {
  return domainError('duplicate_event', `an event with the id "${e.id}" is recorded already: the log is append-only, so give a new id (and set supersedes to correct it)`, 'id');
}

function duplicateFact(e: TreatyEvent, twin: string): DomainError {
  const what = `${e.iso3} ${e.treatyId ?? '(no treaty)'} ${e.kind} ${e.date.value}`;
  return domainError('duplicate_event', `${what} is recorded already as "${twin}": to change it, record a correction with supersedes: "${twin}"`, 'supersedes');
}
