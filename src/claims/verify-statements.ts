import { type IsoDate, addDays, rangeOf } from '../domain/calendar-date.js';
import { dateLabel } from '../domain/people/fact-date.js';
import { holderOn, resolvePerson, resolvePost } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { Person } from '../domain/people/popolo.js';
import type { Statement } from '../domain/people/statement.js';
import type { RecordIndex } from '../domain/record-index.js';
import { personName } from '../text/statements/speakers.js';
import type { Claim } from './claim.js';
import { sourcesOf } from './evidence.js';
import type { ClaimFacts } from './facts.js';
import { type Evidence, type Judgement, unverifiable } from './verdict.js';

type StatementClaim = Extract<Claim, { kind: 'statement' }>;

// Texts report words said before they were written: a statement counts from a year before the claim's date to a month after it.
const BEFORE_DAYS = 365;
const AFTER_DAYS = 31;
const OFFICE_WORD = /^(?:prime minister|president|(?:foreign |defen[cs]e )?minister|commander|chief of defen[cs]e|speaker|spokes\w+)$/iu;

/** Checks "X said Lithuania should withdraw": the workspace's statements by that person, on that question, near the date. */
export function verifyStatement(index: RecordIndex, claim: StatementClaim, facts: ClaimFacts, textDate: IsoDate): Judgement {
  const people = facts.people;
  if (!people) return unverifiable(`Statement claims cannot be checked: ${facts.problem ?? 'the record holds no campaign workspace'}.`);
  const on = claim.date?.latest ?? textDate;
  const who = speakerOf(people, index, claim.speaker, on, claim.iso3);
  if (typeof who === 'string') return unverifiable(who);
  const questions = people.data.questions.filter((q) => q.kind === 'withdraw' && (claim.iso3 === undefined || q.iso3 === claim.iso3) && (claim.treatyId === undefined || q.treatyId === claim.treatyId));
  const asked = `${claim.iso3 === undefined ? 'leaving' : `${index.states.get(claim.iso3)?.name ?? claim.iso3} leaving`} the ${claim.treatyId === undefined ? 'treaty' : (index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId)}`;
  if (questions.length === 0) return unverifiable(`The record holds no question on ${asked}.`);
  const ids = new Set(questions.map((q) => q.id));
  const from = addDays(on, -BEFORE_DAYS);
  const to = addDays(on, AFTER_DAYS);
  const window = `between ${from} and ${to} (a year before ${on} to a month after)`;
  const said = people.data.statements.filter((s) => s.speakerId === who.person.id && ids.has(s.questionId) && (s.stance === 'supports' || s.stance === 'opposes'));
  // A statement dated only "by" a day (its source's date) may have been made any time before: it counts when that bound is in or after the window's start.
  const near = said.filter((s) => { const r = rangeOf(s.date); return r.latest >= from && (s.date.onOrBefore === true || r.earliest <= to); });
  const name = `${who.person.name}${who.via}`;
  if (near.length === 0) {
    const latest = said.map((s) => s.date).sort((a, b) => rangeOf(b).latest.localeCompare(rangeOf(a).latest))[0];
    const other = latest ? ` (it holds ${said.length} at other times, latest ${dateLabel(latest)})` : '';
    return unverifiable(`The record holds no statement by ${name} on ${asked} ${window}${other}; no record is not a contradiction.`, said.map((s) => evidenceOf(index, people, facts, s)));
  }
  const same = near.filter((s) => s.stance === claim.stance);
  const opposite = near.filter((s) => s.stance !== claim.stance);
  const evidence = [...same, ...opposite].map((s) => evidenceOf(index, people, facts, s));
  const words = (st: string) => (st === 'supports' ? 'for' : 'against');
  const value = `${name}: ${[...same, ...opposite].map((s) => `${words(s.stance)} withdrawal (${dateLabel(s.date)})`).join('; ')}`;
  if (same.length > 0 && opposite.length > 0) return { verdict: 'disputed', value, explanation: `The record has ${name} both for and against ${asked} ${window}.`, evidence };
  if (same.length > 0) return { verdict: 'supported', value, explanation: `The record has ${name} ${words(claim.stance)} ${asked} ${window}.`, evidence };
  return { verdict: 'contradicted', value, explanation: `The record has ${name} ${words(opposite[0]?.stance ?? '')} ${asked} ${window}, and no statement the other way.`, evidence };
}

// The person a claim names: a post ("Prime Minister of Lithuania") by its holder on the date, else a name; a reason when neither resolves.
function speakerOf(people: PeopleRecord, index: RecordIndex, speaker: string, on: IsoDate, iso3: string | undefined): { person: Person; via: string } | string {
  // "the defence minister" in a text about Lithuania: the post of that state.
  const state = iso3 === undefined ? undefined : index.states.get(iso3)?.name;
  const label = / of /u.test(speaker) || !OFFICE_WORD.test(speaker) || state === undefined ? speaker : `${speaker} of ${state}`;
  const post = / of /u.test(label) ? resolvePost(people, index, label) : undefined;
  if (post?.ok) {
    const h = holderOn(people, post.value.id, on);
    if (!h?.person) return `The record names nobody as ${post.value.label} on ${on}.`;
    return { person: h.person, via: ` (${post.value.label} on ${on}${h.certainty === 'last_seen' ? `, last seen in the post on ${h.lastSeen ?? '?'}` : ''})` };
  }
  // "Prime Minister Paluckas": the name without its title.
  const person = resolvePerson(people, speaker);
  const bare = person.ok ? undefined : personName(speaker);
  const untitled = bare === undefined ? undefined : resolvePerson(people, bare);
  if (untitled?.ok) return { person: untitled.value, via: '' };
  if (person.ok) return { person: person.value, via: '' };
  return `The record holds nobody called "${bare ?? speaker}", so what they said cannot be checked.`;
}

function evidenceOf(index: RecordIndex, people: PeopleRecord, facts: ClaimFacts, s: Statement): Evidence {
  const q = people.questions.get(s.questionId);
  const who = people.persons.get(s.speakerId)?.name ?? s.speakerId;
  return {
    kind: 'event',
    description: `${who} ${s.stance === 'supports' ? 'supported' : 'opposed'} withdrawing (${q?.text ?? s.questionId}), ${dateLabel(s.date)}: “${s.quote}” (${s.quoteKind})`,
    date: rangeOf(s.date).latest,
    event_id: s.id,
    ...(q ? { iso3: q.iso3, treaty: q.treatyId } : {}),
    verified: s.verified,
    sources: sourcesOf(index, s.sources, facts.sources ?? people.sources),
  };
}
