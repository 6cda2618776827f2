import { parsePartialDate } from '../domain/calendar-date.js';
import { resolvePerson, resolvePost, holderOn } from '../domain/people/office-holders.js';
import type { PeopleAdditions } from '../domain/people/people-data.js';
import type { PeopleContext } from '../domain/people/people-problem.js';
import { type PeopleRecord, indexPeople } from '../domain/people/people-record.js';
import type { Organization, Person } from '../domain/people/popolo.js';
import { STANCES, type Question, type Statement, type Stance } from '../domain/people/statement.js';
import type { VoteEvent } from '../domain/people/vote.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type Result, domainError, err, ok } from '../domain/result.js';
import type { Source } from '../domain/source.js';
import { normaliseName } from '../domain/state.js';
import type { StoredDocument } from '../store/document-store.js';
import type { PeopleStore, PeopleWriteReport } from '../store/people-store.js';
import type { WriteOptions } from '../store/store-transaction.js';
import type { Suggestion } from '../store/suggestion-store.js';
import { StatementProposalSchema, type StatementProposal, VoteProposalSchema, type VoteProposal } from './people-proposal.js';

/** Fields a reviewer may change before accepting a statement or a vote. */
export const PEOPLE_EDITABLE = {
  statement: ['speaker', 'stance', 'date', 'quote', 'state', 'treaty', 'publisher'],
  vote: ['date', 'body', 'motion', 'stage', 'yes', 'no', 'abstain', 'absent', 'state', 'treaty', 'publisher'],
} as const;

/** What a statement or vote acceptance needs: the workspace, the record, the document cited, and who accepts. */
export interface PeopleAcceptance {
  readonly people: PeopleStore;
  readonly index: RecordIndex;
  readonly document: StoredDocument;
  readonly suggestion: Suggestion;
  readonly edits: Readonly<Record<string, string>>;
  readonly by: string;
  readonly at: string;
  /** Runs in the workspace write's transaction (marking the suggestion accepted): its error writes nothing. */
  readonly alsoInTransaction?: WriteOptions<PeopleWriteReport>['alsoInTransaction'];
}

/** The record written, by id and collection. */
export interface PeopleWritten {
  readonly collection: 'statements' | 'votes';
  readonly id: string;
  readonly record: Statement | VoteEvent;
}

/**
 * Writes an accepted statement or vote to the campaign workspace in one transaction, citing the
 * document (added as a source with its text, so quotes are checked against it), with the speaker
 * resolved to an office holder or a person (added, unverified, when the workspace has nobody of
 * that name) and the question or parliament added when missing. Who accepted it goes in the note.
 */
export async function acceptPeopleSuggestion(a: PeopleAcceptance): Promise<Result<PeopleWritten>> {
  const allowed: readonly string[] = PEOPLE_EDITABLE[a.suggestion.type === 'vote' ? 'vote' : 'statement'];
  const bad = Object.keys(a.edits).find((k) => !allowed.includes(k));
  if (bad !== undefined) return err(domainError('invalid_edit', `"${bad}" cannot be edited on a ${a.suggestion.type}: use one of ${allowed.join(', ')}`, 'edit'));
  const people = indexPeople(await a.people.read());
  const cite = citeDocument(a, people);
  if (!cite.ok) return cite;
  const built = a.suggestion.type === 'vote' ? buildVote(a, people, cite.value.sourceId) : buildStatement(a, people, cite.value.sourceId);
  if (!built.ok) return built;
  const additions = merge(cite.value.additions, built.value.additions);
  const ctx: PeopleContext = { stateIds: new Set(a.index.states.keys()), treatyIds: new Set(a.index.treaties.keys()), sourceIds: new Set(a.index.sources.keys()) };
  const written = await a.people.append(additions, ctx, a.alsoInTransaction ? { alsoInTransaction: a.alsoInTransaction } : {});
  if (!written.ok) return written.error.code === 'duplicate_id' ? err(domainError('already_recorded', `${built.value.written.id} is in the workspace already (accepted before)`, 'id')) : err(written.error);
  return ok(built.value.written);
}

type Built = { additions: PeopleAdditions; written: PeopleWritten };

function buildStatement(a: PeopleAcceptance, people: PeopleRecord, sourceId: string): Result<Built> {
  const parsed = StatementProposalSchema.safeParse(a.suggestion.proposal);
  if (!parsed.success) return err(domainError('not_acceptable', `suggestion ${a.suggestion.id} does not hold a statement`, 'id'));
  const p: StatementProposal = parsed.data;
  const e = a.edits;
  const stance = e.stance ?? p.stance;
  if (!(STANCES as readonly string[]).includes(stance)) return err(domainError('invalid_edit', `stance is one of ${STANCES.join(', ')}`, 'stance'));
  const dateText = e.date ?? p.date;
  if (dateText === undefined) return err(domainError('date_required', `document ${a.document.id} gives no date: accept with the date the words were said (or the document's date), e.g. date=2025-05-08`, 'date'));
  const date = parsePartialDate(dateText, 'date');
  if (!date.ok) return date;
  const question = questionFor(a, people, e.state ?? p.iso3, e.treaty ?? p.treatyId);
  if (!question.ok) return question;
  const on = date.value.precision === 'day' ? date.value.value : undefined;
  const speaker = speakerFor(people, a.index, e.speaker ?? p.speaker, on, sourceId, a);
  if (!speaker.ok) return speaker;
  const quote = e.quote ?? p.quote;
  const id = `st-${a.document.id}-${a.suggestion.id}`;
  const statement: Statement = {
    id, questionId: question.value.question.id, speakerId: speaker.value.personId, ...(speaker.value.postId ? { speakerPostId: speaker.value.postId } : {}),
    // Words reported by a document are known to have been said by its date, not on it.
    date: e.date === undefined ? { ...date.value, onOrBefore: true } : date.value,
    stance: stance as Stance, modality: 'opinion', quote, quoteKind: p.quoteKind, sources: [{ sourceId, quote }], verified: true,
    note: `Accepted from suggestion ${a.suggestion.id} (read from document ${a.document.id}) by ${a.by} at ${a.at}.`,
  };
  return ok({ additions: { ...speaker.value.additions, questions: question.value.added ? [question.value.question] : [], statements: [statement] }, written: { collection: 'statements', id, record: statement } });
}

function buildVote(a: PeopleAcceptance, people: PeopleRecord, sourceId: string): Result<Built> {
  const parsed = VoteProposalSchema.safeParse(a.suggestion.proposal);
  if (!parsed.success) return err(domainError('not_acceptable', `suggestion ${a.suggestion.id} does not hold a vote`, 'id'));
  const p: VoteProposal = parsed.data;
  const e = a.edits;
  const counts: Record<string, number> = {};
  for (const [k, n] of Object.entries(p.counts)) if (n !== undefined) counts[k] = n;
  if (p.unanimous === true) counts.no = 0;
  for (const k of ['yes', 'no', 'abstain', 'absent'] as const) {
    const v = e[k];
    if (v === undefined) continue;
    if (!/^\d{1,6}$/.test(v)) return err(domainError('invalid_edit', `${k} must be a whole number of votes`, k));
    counts[k] = Number(v);
  }
  if (counts.yes === undefined || counts.no === undefined) {
    const missing = counts.yes === undefined ? 'yes' : 'no';
    return err(domainError('counts_required', `the document does not give the votes ${missing === 'yes' ? 'for' : 'against'}: accept with ${missing}=<number> from a source that does`, missing));
  }
  const date = parsePartialDate(e.date ?? p.date, 'date');
  if (!date.ok) return date;
  if (date.value.precision !== 'day') return err(domainError('invalid_date', 'a vote is dated to the day: give date=YYYY-MM-DD', 'date'));
  const stage = e.stage ?? p.stage;
  if (stage !== undefined && stage !== 'final' && stage !== 'preliminary') return err(domainError('invalid_edit', 'stage is final or preliminary', 'stage'));
  const iso3 = (e.state ?? p.iso3).toUpperCase();
  if (!a.index.states.has(iso3)) return err(domainError('unknown_state', `no state has the code "${iso3}"`, 'state'));
  const body = bodyFor(people, iso3, e.body ?? p.body, sourceId);
  const twin = people.data.votes.find((v) => v.iso3 === iso3 && v.bodyId === body.organization.id && v.date === date.value.value);
  if (twin) return err(domainError('duplicate_vote', `the workspace has this vote already: ${twin.id} (${twin.counts.yes} for, ${twin.counts.no} against): reject the suggestion, or add its counts as a count claim by hand`, 'id'));
  const treatyId = e.treaty ?? p.treatyId;
  const id = `v-${a.document.id}-${a.suggestion.id}`;
  const vote: VoteEvent = {
    id, iso3, ...(treatyId ? { treatyId } : {}), bodyId: body.organization.id, date: date.value.value, motion: e.motion ?? p.motion,
    // The stage is recorded as final only when the text or the reviewer says so; otherwise the vote stays unverified.
    stage: stage ?? 'final', counts: counts as unknown as VoteEvent['counts'], statedThresholds: [], countClaims: [], individualVotes: [],
    sources: [{ sourceId, quote: p.quote }], verified: stage !== undefined,
    note: `Accepted from suggestion ${a.suggestion.id} (read from document ${a.document.id}) by ${a.by} at ${a.at}.${stage === undefined ? ' The text does not say which reading this was: recorded as final, unverified.' : ''}`,
  };
  return ok({ additions: { organizations: body.added ? [body.organization] : [], votes: [vote] }, written: { collection: 'votes', id, record: vote } });
}

/** The document as a workspace source (with its text, so quotes are checked), unless it is one already. */
function citeDocument(a: PeopleAcceptance, people: PeopleRecord): Result<{ sourceId: string; additions: PeopleAdditions }> {
  const d = a.document;
  if (people.sources.has(d.id) || a.index.sources.has(d.id)) return ok({ sourceId: d.id, additions: {} });
  const publisher = a.edits.publisher ?? d.publisher;
  if (publisher === undefined) return err(domainError('publisher_required', `document ${d.id} ("${d.title.slice(0, 60)}") has no publisher: accept with publisher="…"`, 'publisher'));
  const source: Source = {
    id: d.id, publisher, title: d.title, kind: d.kind, ...(d.published ? { date: d.published } : {}), ...(d.url ? { url: d.url } : {}),
    notes: `stored document ${d.id} (sha256 ${d.sha256.slice(0, 16)}…), ingested ${d.ingestedAt.slice(0, 10)} by ${d.ingestedBy}`,
  };
  return ok({ sourceId: d.id, additions: { sources: [source], documents: [{ id: `${d.id}-text`, sourceId: d.id, text: d.body }] } });
}

function questionFor(a: PeopleAcceptance, people: PeopleRecord, iso3: string | undefined, treatyId: string | undefined): Result<{ question: Question; added: boolean }> {
  if (iso3 === undefined || treatyId === undefined) return err(domainError('question_required', 'the text does not say which state and treaty the words are about: accept with state=<code> and treaty=<id>', iso3 === undefined ? 'state' : 'treaty'));
  const state = a.index.states.get(iso3.toUpperCase());
  const treaty = a.index.treaties.get(treatyId);
  if (!state) return err(domainError('unknown_state', `no state has the code "${iso3}"`, 'state'));
  if (!treaty) return err(domainError('unknown_treaty', `no treaty has the id "${treatyId}"`, 'treaty'));
  const found = people.data.questions.find((q) => q.iso3 === state.iso3 && q.treatyId === treaty.id && q.kind === 'withdraw');
  if (found) return ok({ question: found, added: false });
  return ok({ question: { id: `q-${state.iso3.toLowerCase()}-${treaty.id}-withdraw`, text: `Should ${state.name} withdraw from the ${treaty.fullName}?`, iso3: state.iso3, treatyId: treaty.id, kind: 'withdraw' }, added: true });
}


// Titles before a name, and words that make a speaker an office rather than a person ("the commander of …").
const TITLES = /^(?:(?:H\.?E\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|General|Prime Minister|President|Minister|Ambassador)\s+)+/iu;
const OFFICE_WORDS = /^(?:the\s+)?(?:\p{Ll}|(?:Prime Minister|President|Minister|Commander|Chief|Speaker|Spokes\w+|Head|Director|Chair\w*)\b(?!\s+\p{Lu}\p{Ll}+$))/u;

/** The speaker: an office's holder on the day, else a person of the workspace by name or family name, else a new person named as the document names them. */
function speakerFor(people: PeopleRecord, index: RecordIndex, text: string, on: string | undefined, sourceId: string, a: PeopleAcceptance): Result<{ personId: string; postId?: string; additions: PeopleAdditions }> {
  const post = resolvePost(people, index, text, 'speaker');
  if (post.ok && on !== undefined) {
    const holder = holderOn(people, post.value.id, on);
    if (holder?.person) return ok({ personId: holder.person.id, postId: post.value.id, additions: {} });
  }
  const bare = text.replace(TITLES, '').trim();
  for (const name of new Set([text, bare, bare.split(/\s+/u).at(-1) ?? bare])) {
    const person = resolvePerson(people, name, 'speaker');
    if (person.ok) return ok({ personId: person.value.id, additions: {} });
  }
  if (OFFICE_WORDS.test(text) || bare === '' || !/\s/u.test(bare)) {
    return err(domainError('speaker_required', `the text names the speaker only as "${text}", and the workspace has no holder of that office on the date: accept with speaker="<full name>"`, 'speaker'));
  }
  const id = normaliseName(bare).replace(/\s+/g, '-');
  const person: Person = {
    id: people.persons.has(id) ? `${id}-${a.suggestion.id}` : id, name: bare, otherNames: [], sources: [{ sourceId }], verified: false,
    note: `Named as "${text}" in document ${a.document.id}; added by ${a.by} on accepting suggestion ${a.suggestion.id}.`,
  };
  return ok({ personId: person.id, additions: { persons: [person] } });
}

function bodyFor(people: PeopleRecord, iso3: string, name: string, sourceId: string): { organization: Organization; added: boolean } {
  const key = normaliseName(name);
  const houses = people.data.organizations.filter((o) => o.classification === 'parliament' && o.iso3 === iso3);
  const named = houses.find((o) => [o.name, ...o.otherNames].some((n) => normaliseName(n) === key || normaliseName(n).includes(key)));
  const found = named ?? (houses.length === 1 ? houses[0] : undefined);
  if (found) return { organization: found, added: false };
  const label = name.replace(/^the\s+/iu, '');
  return { organization: { id: `${iso3.toLowerCase()}-${normaliseName(label).replace(/\s+/g, '-') || 'parliament'}`, name: label.charAt(0).toUpperCase() + label.slice(1), classification: 'parliament', iso3, otherNames: [], sources: [{ sourceId }] }, added: true };
}

function merge(a: PeopleAdditions, b: PeopleAdditions): PeopleAdditions {
  const out: Record<string, unknown[]> = {};
  for (const part of [a, b]) for (const [k, v] of Object.entries(part)) out[k] = [...(out[k] ?? []), ...(v as unknown[])];
  return out;
}
