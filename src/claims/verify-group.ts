import type { IsoDate } from '../domain/calendar-date.js';
import { isMemberOn } from '../domain/group.js';
import { knownBy } from '../domain/people/fact-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { cached } from './count-range.js';
import type { ClaimFacts } from './facts.js';
import { DEPOSITED_STATUSES, IN_FORCE_STATUSES, type Status } from '../domain/status.js';
import { statusOn } from '../domain/status-on.js';
import type { Claim, GroupRef, StandingPredicate } from './claim.js';
import { absenceEvidence, eventEvidence, sourcesOf } from './evidence.js';
import type { Evidence, Judgement } from './verdict.js';

type GroupClaim = Extract<Claim, { kind: 'group_status' }>;
const PROCESS = ['statement_of_intent', 'government_decision', 'parliamentary_vote', 'joint_statement', 'head_of_state_signature'];

/** The states of a group on a date: a record group's members then, a region's or a named list's states. */
export function membersOn(index: RecordIndex, g: GroupRef, on: IsoDate): string[] {
  const recordMembers = (id: string): string[] => (index.memberships.get(id) ?? []).filter((m) => isMemberOn(m, on)).map((m) => m.iso3);
  if (g.members === undefined) return recordMembers(g.id);
  if (g.within === undefined) return [...g.members];
  const inside = new Set(recordMembers(g.within));
  return g.members.filter((iso3) => inside.has(iso3));
}

/** Checks "every EU and NATO member except the U.S. is a party", "all states bordering Russia have left", on a date. */
export function verifyGroup(index: RecordIndex, claim: GroupClaim, on: IsoDate, facts: ClaimFacts = {}): Judgement {
  const treaty = index.treaties.get(claim.treatyId)?.shortName ?? claim.treatyId;
  const members = [...new Set(claim.groups.flatMap((g) => membersOn(index, g, on)))];
  const except = new Set(claim.except);
  const name = (iso3: string): string => index.states.get(iso3)?.name ?? iso3;
  const status = (iso3: string): Status => statusOn(index.timelines.get(claim.treatyId)?.get(iso3), on).status;
  const fits = (iso3: string, convention: 'dep' | 'inf'): boolean => satisfies(index, facts, claim.predicate, claim.treatyId, iso3, status(iso3), convention, on);
  const failing = (c: 'dep' | 'inf'): string[] => members.filter((m) => !except.has(m) && !fits(m, c));
  const wrongExceptions = (c: 'dep' | 'inf'): string[] => claim.except.filter((x) => !members.includes(x) || fits(x, c));
  const [fd, fi] = [failing('dep'), failing('inf')];
  const [xd, xi] = [wrongExceptions('dep'), wrongExceptions('inf')];
  const okD = fd.length === 0 && xd.length === 0;
  const okI = fi.length === 0 && xi.length === 0;
  const labels = claim.groups.map((g) => g.label);
  const groups = labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
  const what = predicateWords(claim.predicate, treaty);
  const evidence = groupEvidence(index, claim, on, [...new Set([...fd, ...fi, ...xd, ...xi, ...claim.except])]);
  const few = (list: string[]): string => (list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', '));
  const problems = (f: string[], x: string[]): string =>
    [f.length > 0 ? `${few(f.map((i) => `${name(i)} (${status(i).replace(/_/g, ' ')})`))} ${f.length === 1 ? 'is' : 'are'} not` : '', x.length > 0 ? `the exception${x.length === 1 ? '' : 's'} ${x.map(name).join(', ')} ${x.every((i) => members.includes(i)) ? `${x.length === 1 ? 'is' : 'are'} ${what} too` : 'not a member'}` : '']
      .filter((p) => p !== '').join('; ');
  const value = okD && okI ? `all ${members.length - except.size} are ${what}` : problems(fd.length + xd.length >= fi.length + xi.length ? fd : fi, fd.length + xd.length >= fi.length + xi.length ? xd : xi);
  const exceptWords = claim.except.length > 0 ? ` except ${claim.except.map(name).join(', ')}` : '';
  if (okD === okI) {
    const explanation = okD
      ? `On ${on} all ${members.length - except.size} members of ${groups}${exceptWords} are ${what}.`
      : `On ${on}, of the members of ${groups}: ${problems(fd, xd) || problems(fi, xi)}.`;
    return { verdict: okD ? 'supported' : 'contradicted', value, convention: 'both', explanation, evidence };
  }
  return { verdict: 'depends_on_definition', value, convention: okD ? 'parties_deposited' : 'parties_in_force', explanation: `On ${on} it holds ${okD ? 'counting deposits' : 'counting entry into force'} but not ${okD ? 'counting entry into force' : 'counting deposits'}: ${problems(okD ? fi : fd, okD ? xi : xd)}.`, evidence };
}

function satisfies(index: RecordIndex, facts: ClaimFacts, p: StandingPredicate, treatyId: string, iso3: string, s: Status, c: 'dep' | 'inf', on: IsoDate): boolean {
  const party = (c === 'dep' ? DEPOSITED_STATUSES : IN_FORCE_STATUSES).includes(s);
  switch (p) {
    case 'party':
      return party;
    case 'not_party':
    case 'never_joined':
    case 'never_signed':
    case 'not_ratified':
      return !party;
    case 'withdrawing':
      // "In the process of" leaving: a withdrawal deposited, or a step of a national withdrawal taken by the date.
      return s === 'withdrawal_pending' || s === 'withdrawn'
        || (index.eventsByState.get(iso3) ?? []).some((e) => (e.treatyId === treatyId || e.treatyId === null) && PROCESS.includes(e.kind) && e.date.value <= on)
        || (facts.pipelineSteps ?? []).some((step) => step.iso3 === iso3 && step.treatyId === treatyId && knownBy(step.date, on) === 'yes');
  }
}

function predicateWords(p: StandingPredicate, treaty: string): string {
  switch (p) {
    case 'party':
      return `States Parties to the ${treaty}`;
    case 'withdrawing':
      return `withdrawn or withdrawing from the ${treaty}`;
    default:
      return `outside the ${treaty}`;
  }
}

function groupEvidence(index: RecordIndex, claim: GroupClaim, on: IsoDate, states: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  for (const iso3 of states.slice(0, 8)) {
    const t = index.timelines.get(claim.treatyId)?.get(iso3);
    const s = statusOn(t, on);
    const e = s.eventId === undefined ? undefined : index.events.get(s.eventId);
    if (e) out.push(eventEvidence(index, e));
    else out.push(absenceEvidence(index, iso3, claim.treatyId, on));
  }
  for (const g of claim.groups) {
    if (g.members !== undefined && g.within === undefined) {
      out.push({ kind: 'region', description: `${g.label}: ${g.members.map((i) => index.states.get(i)?.name ?? i).join(', ')}`, verified: true, sources: [] });
      continue;
    }
    const id = g.within ?? g.id;
    out.push(cached(index, `membership|${id}|${on}`, (): Evidence => {
      const ms = (index.memberships.get(id) ?? []).filter((m) => isMemberOn(m, on));
      const cited = ms.flatMap((m) => m.sources);
      const unique = [...new Map(cited.map((c) => [c.sourceId, c])).values()].slice(0, 3);
      return { kind: 'membership', description: `${index.groups.get(id)?.name ?? id} on ${on}: ${ms.length} members`, verified: ms.every((m) => m.verified), sources: sourcesOf(index, unique) };
    }));
  }
  return out;
}
