import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parsePartialDate } from '../../domain/calendar-date.js';
import { ENGAGEMENT_KINDS, type Engagement, type EngagementKind, type Party } from '../../domain/people/engagement.js';
import { resolvePerson, resolvePost } from '../../domain/people/office-holders.js';
import type { PeopleAdditions } from '../../domain/people/people-data.js';
import type { PeopleRecord } from '../../domain/people/people-record.js';
import type { RecordIndex } from '../../domain/record-index.js';
import { resolveStateExactly } from '../../domain/resolve.js';
import { normaliseName } from '../../domain/state.js';
import type { Source } from '../../domain/source.js';
import { CliError, orFail } from '../cli-error.js';
import { type Format, out, printJson } from '../output.js';
import { withPeople } from './people-context.js';
import { inCwd, io } from '../io.js';

/** Flags of `add-engagement`. */
export interface AddEngagementOptions {
  readonly kind?: string; readonly date?: string; readonly to?: string[]; readonly cc?: string[]; readonly from?: string[]; readonly state?: string;
  readonly place?: string; readonly summary?: string; readonly status?: string; readonly id?: string;
  readonly sourceUrl?: string; readonly sourceTitle?: string; readonly publisher?: string; readonly by?: string; readonly format: Format;
}

/** `treatywatch add-engagement …`: logs a letter, meeting, visit or release; a post resolves to its holder on the date. Checked, then written whole or not at all. */
export async function addEngagementCommand(o: AddEngagementOptions): Promise<void> {
  const required = (v: string | undefined, field: string, what: string): string => {
    if (v === undefined || v.trim() === '') throw new CliError('missing_field', `give ${what} with --${field}`, field);
    return v;
  };
  const kinds = required(o.kind, 'kind', `the kind (${ENGAGEMENT_KINDS.join(', ')})`).split(',').map((k) => k.trim());
  const bad = kinds.find((k) => !(ENGAGEMENT_KINDS as readonly string[]).includes(k));
  if (bad !== undefined) throw new CliError('invalid_kind', `"${bad}" is not a kind of engagement: use ${ENGAGEMENT_KINDS.join(', ')}`, 'kind');
  const date = orFail(parsePartialDate(required(o.date, 'date', 'the date (YYYY-MM-DD)'), 'date'));
  const summary = required(o.summary, 'summary', 'a one-line summary');
  const url = required(o.sourceUrl, 'source-url', 'the address of the document or record (every fact needs a source)');
  if (!URL.canParse(url)) throw new CliError('invalid_url', `"${url}" is not an address: give a full URL, e.g. https://…`, 'source-url');
  const status = o.status ?? 'done';
  if (status !== 'done' && status !== 'planned') throw new CliError('invalid_status', 'the status is done or planned', 'status');
  await withPeople(async (index, people, store) => {
    const sourceId = `pp-user-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
    const source: Source = { id: sourceId, publisher: required(o.publisher, 'publisher', 'the publisher of the source'), title: required(o.sourceTitle, 'source-title', 'the title of the source'), kind: 'ngo', url };
    const engagement: Engagement = {
      id: o.id ?? `e-${date.value}-${kinds[0] ?? 'engagement'}-${createHash('sha256').update(`${url}${summary}`).digest('hex').slice(0, 8)}`,
      kinds: kinds as EngagementKind[], date, status,
      ...(o.state ? { iso3: orFail(resolveStateExactly(index, o.state)).iso3 } : {}),
      from: (o.from ?? []).map((t) => party(index, people, t, 'from')), to: (o.to ?? []).map((t) => party(index, people, t, 'to')), cc: (o.cc ?? []).map((t) => party(index, people, t, 'cc')),
      ...(o.place ? { place: o.place } : {}), summary, documents: [{ sourceId }], followUps: [], replies: [], sources: [{ sourceId }],
      recordedBy: o.by ?? io().env.TREATYWATCH_USER ?? io().env.USER ?? 'unknown', recordedAt: new Date().toISOString(),
    };
    const known = people.sources.has(sourceId) || index.sources.has(sourceId);
    const written = orFail(await store.append({ engagements: [engagement], ...(known ? {} : { sources: [source] }) }, contextOf(index)));
    if (o.format === 'json') return printJson({ written, engagement });
    out(`treatywatch: engagement ${engagement.id} recorded`);
  });
}

/** `treatywatch import-people <file.json>`: adds any workspace records from a JSON file, all or nothing. */
export async function importPeopleCommand(file: string, o: { readonly format: Format }): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(inCwd(file), 'utf8'));
  } catch (e) {
    throw new CliError('invalid_json', `${file}: ${e instanceof Error ? e.message : String(e)}`, 'file');
  }
  const { parsePeopleAdditions } = await import('../../data/people/people-additions.js');
  const parsed = parsePeopleAdditions(input, file);
  if (!parsed.ok) throw new CliError(parsed.error.code, `${file}: ${parsed.error.message}`, parsed.error.field);
  const additions: PeopleAdditions = parsed.value;
  await withPeople(async (index, _people, store) => {
    const written = orFail(await store.append(additions, contextOf(index)));
    if (o.format === 'json') return printJson({ written });
    out(`treatywatch: imported ${Object.entries(written).filter(([, n]) => n > 0).map(([c, n]) => `${n} ${c}`).join(', ') || 'nothing'}`);
  });
}

function contextOf(index: RecordIndex) {
  return { stateIds: new Set(index.states.keys()), treatyIds: new Set(index.treaties.keys()), sourceIds: new Set(index.sources.keys()) };
}

// A post first ("Prime Minister of Lithuania" resolves to its holder on the day), then a person, then an organisation.
function party(index: RecordIndex, people: PeopleRecord, text: string, field: string): Party {
  const post = resolvePost(people, index, text, field);
  if (post.ok) return { postId: post.value.id };
  const person = resolvePerson(people, text, field);
  if (person.ok) return { personId: person.value.id };
  const key = normaliseName(text);
  const org = people.data.organizations.find((g) => [g.name, ...g.otherNames].some((n) => normaliseName(n) === key));
  if (org) return { organizationId: org.id };
  throw new CliError('unknown_party', `"${text}" is no post, person or organisation in the record: e.g. "Prime Minister of Lithuania", "Paluckas" or "ICBL"`, field);
}
