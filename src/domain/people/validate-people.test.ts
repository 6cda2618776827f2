import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTEXT, peopleFixture } from '../../../test/fixtures/people-fixture.js';
import { mergePeople, type PeopleAdditions } from './people-data.js';
import { validatePeople } from './validate-people.js';

const check = (additions: PeopleAdditions) => validatePeople(mergePeople(peopleFixture(), additions), FIXTURE_CONTEXT);
const fixture = peopleFixture();
const first = <T>(list: readonly T[]): T => {
  if (list[0] === undefined) throw new Error('empty');
  return list[0];
};
const letter = { id: 'e1', kinds: ['letter'] as const, date: { value: '2025-01-17', precision: 'day' as const }, status: 'done' as const, from: [{ personId: 'staniulis' }], to: [{ postId: 'pm' }], cc: [], summary: 's', documents: [], followUps: [], replies: [], sources: [{ sourceId: 'src-a' }], recordedBy: 't', recordedAt: '2026-01-01T00:00:00Z' };

describe('the workspace rules', () => {
  it('accept the fixture', () => expect(check({})).toBeUndefined());

  it.each([
    ['an engagement to a post nobody holds on that date', { engagements: [{ ...letter, date: { value: '2024-01-01', precision: 'day' as const } }] }, 'post_vacant', 'engagements[e1].to[0].postId'],
    ['an engagement naming both a person and a post', { engagements: [{ ...letter, to: [{ postId: 'pm', personId: 'paluckas' }] }] }, 'person_or_post', 'engagements[e1].to[0]'],
    ['a vote whose counts exceed the seats', { votes: [{ ...first(fixture.votes), id: 'v2', counts: { yes: 100, no: 40, abstain: 2 } }] }, 'counts_exceed_seats', 'votes[v2].counts'],
    ['a 3/5-of-members rule without the seats', { votes: [(({ seats: _s, ...v }) => ({ ...v, id: 'v3' }))(first(fixture.votes))] }, 'seats_required', 'votes[v3].seats'],
    ['a statement with no source', { statements: [{ ...first(fixture.statements), id: 's2', sources: [] }] }, 'source_required', 'statements[s2].sources'],
    ['a statement by someone not in the post that day', { statements: [{ ...first(fixture.statements), id: 's3', speakerId: 'ruginiene' }] }, 'speaker_not_in_post', 'statements[s3].speakerPostId'],
    ['overlapping office holders', { memberships: [{ ...first(fixture.memberships), id: 'm9', personId: 'krivas', start: '2025-01-01', end: '2025-02-01' }] }, 'overlapping_holders', 'memberships[m9].start'],
    ['a holder still in office (no end) when the next starts', { memberships: [{ id: 'm9', personId: 'krivas', organizationId: 'gov', postId: 'pm', role: 'Prime Minister', start: '2026-01-01', attested: [], sources: [{ sourceId: 'src-a' }], verified: true }] }, 'overlapping_holders', 'memberships[m9].start'],
    ['a membership that ends before it starts', { memberships: [{ id: 'm8', personId: 'krivas', organizationId: 'gov', role: 'adviser', start: '2025-02-01', end: '2025-01-01', attested: [], sources: [{ sourceId: 'src-a' }], verified: true }] }, 'end_before_start', 'memberships[m8].end'],
    ['a spokesperson availability that ends before it starts', { spokespeople: [{ ...first(fixture.spokespeople), id: 'sp9', availability: [{ from: '2025-04-02', to: '2025-04-01', place: 'Vilnius', sources: [{ sourceId: 'src-a' }] }] }] }, 'availability_ends_before_start', 'spokespeople[sp9].availability[0].to'],
    ['a citation of an unknown source', { statements: [{ ...first(fixture.statements), id: 's4', sources: [{ sourceId: 'nope' }] }] }, 'unknown_source', 'statements[s4].sources[0].sourceId'],
    ['a quote that is not in the stored document', { statements: [{ ...first(fixture.statements), id: 's5', sources: [{ sourceId: 'src-a', quote: 'we urge you to leave' }] }] }, 'quote_not_in_document', 'statements[s5].sources[0].quote'],
    ['a duplicate id', { persons: [first(fixture.persons)] }, 'duplicate_id', 'persons[paluckas].id'],
    ['a state the record does not know', { questions: [{ ...first(fixture.questions), id: 'q2', iso3: 'XXX' }] }, 'unknown_state', 'questions[q2].iso3'],
  ] as const)('refuse %s', (_what, additions, code, field) => {
    expect(check(additions as PeopleAdditions)).toMatchObject({ code, field });
  });

  it('accept a quote across a line break and around Markdown emphasis, and a handover on the same day', () => {
    expect(check({ statements: [{ ...first(fixture.statements), id: 's6', sources: [{ sourceId: 'src-a', quote: 'Prime Minister, we urge you to remain in' }] }] })).toBeUndefined();
    expect(check({ engagements: [{ ...letter, date: { value: '2025-08-04', precision: 'day' } }] })).toBeUndefined();
  });
});
