import { rangeOf } from '../calendar-date.js';
import { indexPeople, type PeopleRecord } from './people-record.js';
import type { PeopleData } from './people-data.js';
import { holderOn } from './office-holders.js';
import type { Membership } from './popolo.js';
import type { Party } from './engagement.js';
import { type PeopleContext, type PeopleProblem, problem } from './people-problem.js';
import { checkFacts } from './validate-facts.js';

/** The rules beyond references: each returns the first problem it finds. */
export function checkRules(data: PeopleData, ctx: PeopleContext): PeopleProblem | undefined {
  const people = indexPeople(data);
  return checkPopolo(people, ctx) ?? checkTenures(people) ?? checkFacts(people, ctx) ?? checkEngagements(people, ctx);
}

function checkPopolo(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  const d = p.data;
  for (const doc of d.documents) if (!p.sources.has(doc.sourceId)) return problem('documents', doc.id, 'sourceId', 'unknown_source', `no source has the id "${doc.sourceId}"`);
  for (const o of d.organizations) {
    if (o.iso3 !== undefined && !ctx.stateIds.has(o.iso3)) return problem('organizations', o.id, 'iso3', 'unknown_state', `no state has the code "${o.iso3}"`);
    if (o.parentId !== undefined && !p.organizations.has(o.parentId)) return problem('organizations', o.id, 'parentId', 'unknown_organization', `no organisation has the id "${o.parentId}"`);
  }
  for (const post of d.posts) {
    if (!p.organizations.has(post.organizationId)) return problem('posts', post.id, 'organizationId', 'unknown_organization', `no organisation has the id "${post.organizationId}"`);
    if (post.iso3 !== undefined && !ctx.stateIds.has(post.iso3)) return problem('posts', post.id, 'iso3', 'unknown_state', `no state has the code "${post.iso3}"`);
  }
  for (const m of d.memberships) {
    if (!p.persons.has(m.personId)) return problem('memberships', m.id, 'personId', 'unknown_person', `no person has the id "${m.personId}"`);
    if (!p.organizations.has(m.organizationId)) return problem('memberships', m.id, 'organizationId', 'unknown_organization', `no organisation has the id "${m.organizationId}"`);
    if (m.postId !== undefined && !p.posts.has(m.postId)) return problem('memberships', m.id, 'postId', 'unknown_post', `no post has the id "${m.postId}"`);
    if (m.start !== undefined && m.end !== undefined && m.end < m.start) return problem('memberships', m.id, 'end', 'end_before_start', `the membership ends (${m.end}) before it starts (${m.start})`);
  }
  return undefined;
}

/** No two people hold one post at once: only a handover day (one's end is the next one's start) may be shared. */
function checkTenures(p: PeopleRecord): PeopleProblem | undefined {
  for (const [postId, list] of p.membershipsByPost) {
    const dated = list.filter((m) => m.start !== undefined).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    for (let i = 1; i < dated.length; i += 1) {
      const [prev, next] = [dated[i - 1] as Membership, dated[i] as Membership];
      const start = next.start ?? '';
      if (prev.end === undefined || start < prev.end) {
        const name = (m: Membership): string => p.persons.get(m.personId)?.name ?? m.personId;
        const until = prev.end === undefined ? 'with no end date' : `until ${prev.end}`;
        return problem('memberships', next.id, 'start', 'overlapping_holders',
          `${name(next)} would hold ${p.posts.get(postId)?.label ?? postId} from ${start} while ${name(prev)} holds it from ${prev.start ?? '?'} ${until} (${prev.id}): end one tenure first (a successor may start on the day the predecessor's ends)`);
      }
    }
  }
  return undefined;
}

function checkEngagements(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  for (const e of p.data.engagements) {
    if (e.kinds.length === 0) return problem('engagements', e.id, 'kinds', 'kind_required', 'say what the engagement was: letter, meeting_request, meeting, visit, press_release or media_pack');
    if (e.iso3 !== undefined && !ctx.stateIds.has(e.iso3)) return problem('engagements', e.id, 'iso3', 'unknown_state', `no state has the code "${e.iso3}"`);
    if (e.from.length === 0) return problem('engagements', e.id, 'from', 'sender_required', 'say who it was from');
    for (const [role, list] of [['from', e.from], ['to', e.to], ['cc', e.cc]] as const) {
      for (const [i, party] of list.entries()) {
        const bad = checkParty(p, party, rangeOf(e.date).latest);
        if (bad) return problem('engagements', e.id, `${role}[${i}]${bad.path}`, bad.code, bad.message);
      }
    }
  }
  return undefined;
}

function checkParty(p: PeopleRecord, party: Party, on: string): { path: string; code: string; message: string } | undefined {
  const set = [party.personId, party.postId].filter((x) => x !== undefined).length;
  if (set === 0 && party.organizationId === undefined) return { path: '', code: 'party_required', message: 'name a person, a post or an organisation' };
  if (set > 1) return { path: '', code: 'person_or_post', message: 'give a person or a post, not both (a post resolves to whoever holds it on the date)' };
  if (party.personId !== undefined && !p.persons.has(party.personId)) return { path: '.personId', code: 'unknown_person', message: `no person has the id "${party.personId}"` };
  if (party.organizationId !== undefined && !p.organizations.has(party.organizationId)) return { path: '.organizationId', code: 'unknown_organization', message: `no organisation has the id "${party.organizationId}"` };
  if (party.postId === undefined) return undefined;
  const h = holderOn(p, party.postId, on);
  if (!h) return { path: '.postId', code: 'unknown_post', message: `no post has the id "${party.postId}"` };
  if (h.certainty === 'none') return { path: '.postId', code: 'post_vacant', message: `nobody in the record holds ${h.post.label} on ${on}: address a person, or record the holder first` };
  return undefined;
}
