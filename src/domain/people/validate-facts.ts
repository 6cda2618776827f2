import { rangeOf } from '../calendar-date.js';
import { holderOn } from './office-holders.js';
import type { PeopleRecord } from './people-record.js';
import { type PeopleContext, type PeopleProblem, problem } from './people-problem.js';
import { countedMembers } from './vote-result.js';

/** Statements, votes, pipeline steps, spokespeople and casualty figures. */
export function checkFacts(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  return checkStatements(p, ctx) ?? checkVotes(p, ctx) ?? checkSteps(p, ctx) ?? checkSpokespeople(p) ?? checkFigures(p);
}

function checkStatements(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  for (const q of p.data.questions) {
    if (!ctx.stateIds.has(q.iso3)) return problem('questions', q.id, 'iso3', 'unknown_state', `no state has the code "${q.iso3}"`);
    if (!ctx.treatyIds.has(q.treatyId)) return problem('questions', q.id, 'treatyId', 'unknown_treaty', `no treaty has the id "${q.treatyId}"`);
  }
  for (const s of p.data.statements) {
    if (!p.questions.has(s.questionId)) return problem('statements', s.id, 'questionId', 'unknown_question', `no question has the id "${s.questionId}"`);
    if (!p.persons.has(s.speakerId)) return problem('statements', s.id, 'speakerId', 'unknown_person', `no person has the id "${s.speakerId}"`);
    if (s.quote.trim() === '') return problem('statements', s.id, 'quote', 'quote_required', 'give the words, verbatim from the source');
    if (s.speakerPostId === undefined) continue;
    const h = holderOn(p, s.speakerPostId, rangeOf(s.date).latest);
    if (!h) return problem('statements', s.id, 'speakerPostId', 'unknown_post', `no post has the id "${s.speakerPostId}"`);
    if (h.person?.id !== s.speakerId) {
      return problem('statements', s.id, 'speakerPostId', 'speaker_not_in_post', `${p.persons.get(s.speakerId)?.name ?? s.speakerId} did not hold ${h.post.label} on ${s.date.value} (the record has ${h.person?.name ?? 'nobody'})`);
    }
  }
  return undefined;
}

function checkVotes(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  for (const v of p.data.votes) {
    if (!ctx.stateIds.has(v.iso3)) return problem('votes', v.id, 'iso3', 'unknown_state', `no state has the code "${v.iso3}"`);
    if (v.treatyId !== undefined && !ctx.treatyIds.has(v.treatyId)) return problem('votes', v.id, 'treatyId', 'unknown_treaty', `no treaty has the id "${v.treatyId}"`);
    if (!p.organizations.has(v.bodyId)) return problem('votes', v.id, 'bodyId', 'unknown_organization', `no organisation has the id "${v.bodyId}"`);
    if (v.questionId !== undefined && !p.questions.has(v.questionId)) return problem('votes', v.id, 'questionId', 'unknown_question', `no question has the id "${v.questionId}"`);
    const counted = countedMembers(v.counts);
    if (v.seats !== undefined && counted > v.seats.count) {
      return problem('votes', v.id, 'counts', 'counts_exceed_seats', `the counts add up to ${counted} members, more than the ${v.seats.count} seats: check the figures against the source`);
    }
    if (v.rule?.of === 'all_members' && v.seats === undefined) return problem('votes', v.id, 'seats', 'seats_required', 'a rule counted on all members needs the number of seats, with its source');
    if (v.rule && (v.rule.numerator <= 0 || v.rule.numerator > v.rule.denominator)) return problem('votes', v.id, 'rule', 'invalid_rule', 'a majority is a share between 0 and 1, e.g. 3/5');
    for (const [i, iv] of v.individualVotes.entries()) if (!p.persons.has(iv.personId)) return problem('votes', v.id, `individualVotes[${i}].personId`, 'unknown_person', `no person has the id "${iv.personId}"`);
  }
  return undefined;
}

function checkSteps(p: PeopleRecord, ctx: PeopleContext): PeopleProblem | undefined {
  for (const s of p.data.pipelineSteps) {
    if (!ctx.stateIds.has(s.iso3)) return problem('pipelineSteps', s.id, 'iso3', 'unknown_state', `no state has the code "${s.iso3}"`);
    if (!ctx.treatyIds.has(s.treatyId)) return problem('pipelineSteps', s.id, 'treatyId', 'unknown_treaty', `no treaty has the id "${s.treatyId}"`);
    if (s.statementId !== undefined && !p.statements.has(s.statementId)) return problem('pipelineSteps', s.id, 'statementId', 'unknown_statement', `no statement has the id "${s.statementId}"`);
  }
  return undefined;
}

function checkSpokespeople(p: PeopleRecord): PeopleProblem | undefined {
  for (const s of p.data.spokespeople) {
    if (!p.persons.has(s.personId)) return problem('spokespeople', s.id, 'personId', 'unknown_person', `no person has the id "${s.personId}"`);
    if (!p.organizations.has(s.organizationId)) return problem('spokespeople', s.id, 'organizationId', 'unknown_organization', `no organisation has the id "${s.organizationId}"`);
    for (const [i, w] of s.availability.entries()) {
      if (w.to < w.from) return problem('spokespeople', s.id, `availability[${i}].to`, 'availability_ends_before_start', `the availability ends (${w.to}) before it starts (${w.from})`);
    }
  }
  return undefined;
}

function checkFigures(p: PeopleRecord): PeopleProblem | undefined {
  for (const f of p.data.casualtyFigures) {
    if (!p.reports.has(f.reportId)) return problem('casualtyFigures', f.id, 'reportId', 'unknown_report', `no Monitor edition has the id "${f.reportId}"`);
    if ((f.killed ?? 0) + (f.injured ?? 0) > f.total) return problem('casualtyFigures', f.id, 'total', 'parts_exceed_total', `killed plus injured (${(f.killed ?? 0) + (f.injured ?? 0)}) exceeds the total ${f.total}`);
  }
  for (const c of p.data.figureClaims) {
    if (c.reportId !== undefined && !p.reports.has(c.reportId)) return problem('figureClaims', c.id, 'reportId', 'unknown_report', `no Monitor edition has the id "${c.reportId}"`);
  }
  return undefined;
}
