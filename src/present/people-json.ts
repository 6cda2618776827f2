import type { IsoDate } from '../domain/calendar-date.js';
import { engagementsView } from '../domain/people/campaign-views.js';
import { casualtySeries, checkFigureClaim, latestFigures } from '../domain/monitor/casualty-figures.js';
import { cited } from '../domain/people/cited.js';
import { dateLabel } from '../domain/people/fact-date.js';
import type { HolderOn } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import { positionsTimeline } from '../domain/people/positions.js';
import { type SpokespersonMatch, type SpokespersonQuery, findSpokespeople } from '../domain/people/spokespeople.js';
import { votesView } from '../domain/people/vote-view.js';
import { PIPELINE_STAGES, pipelineBoard } from '../domain/pipeline.js';
import type { RecordIndex } from '../domain/record-index.js';

// The JSON of the campaign workspace's listings, built once here for the CLI's --json and the
// API's answers alike: one code path, so the two cannot drift apart.

/** `statements <state> --json` and GET /v1/states/{state}/statements. */
export function statementsJson(index: RecordIndex, people: PeopleRecord, o: { readonly iso3: string; readonly treatyId?: string; readonly on?: IsoDate }) {
  const statements = positionsTimeline(people, { iso3: o.iso3, ...(o.treatyId ? { treatyId: o.treatyId } : {}), ...(o.on ? { on: o.on } : {}) }).map((p) => ({
    id: p.statement.id,
    date: dateLabel(p.statement.date),
    question: p.question.text,
    speaker: p.speaker.name,
    as: p.statement.roleAsStated ?? p.post?.label ?? null,
    stance: p.statement.stance,
    modality: p.statement.modality,
    quote: p.statement.quote,
    quoteKind: p.statement.quoteKind,
    uncertain: p.known === 'possibly',
    verified: p.statement.verified,
    ...(p.statement.note ? { note: p.statement.note } : {}),
    sources: cited(index, people, p.statement.sources),
  }));
  return { state: o.iso3, ...(o.treatyId ? { treaty: o.treatyId } : {}), ...(o.on ? { on: o.on } : {}), statements };
}

/** `votes <state> --json` and GET /v1/states/{state}/votes. */
export function votesJson(index: RecordIndex, people: PeopleRecord, iso3: string, treatyId?: string) {
  return { state: iso3, votes: votesView(index, people, iso3, treatyId) };
}

/** `spokespeople --json` and GET /v1/spokespeople: the matches, and those who speak the language but are elsewhere. */
export function spokespeopleJson(index: RecordIndex, people: PeopleRecord, query: SpokespersonQuery) {
  const answer = findSpokespeople(people, query);
  return { query, spokespeople: answer.matches.map((m) => spokespersonRow(index, people, m)), speakersElsewhere: answer.speakersElsewhere.map((m) => spokespersonRow(index, people, m)) };
}

/** One spokesperson as listings show them. */
export function spokespersonRow(index: RecordIndex, people: PeopleRecord, m: SpokespersonMatch) {
  const s = m.spokesperson;
  return {
    id: s.id,
    name: m.person.name,
    organization: m.organization?.name ?? s.organizationId,
    role: s.role,
    languages: s.languages,
    availability: m.windows.map((w) => ({ from: w.from, to: w.to, place: w.place, ...(w.note ? { note: w.note } : {}), sources: cited(index, people, w.sources) })),
    contact: [...(s.contact?.email ?? []), ...(s.contact?.url ? [s.contact.url] : [])],
    verified: s.verified,
    sources: cited(index, people, s.sources),
  };
}

/** `engagements --json` and GET /v1/engagements. */
export function engagementsJson(index: RecordIndex, people: PeopleRecord, iso3?: string) {
  return { ...(iso3 ? { state: iso3 } : {}), engagements: engagementsView(index, people, iso3 === undefined ? {} : { iso3 }) };
}

/** `casualties --json` and GET /v1/monitor/casualties: the series known by a date, and documents' figures checked against it. */
export function casualtiesJson(index: RecordIndex, people: PeopleRecord, on: IsoDate) {
  const latest = latestFigures(people, on);
  const series = casualtySeries(people, on).map((f) => ({
    year: f.year, report: people.reports.get(f.reportId)?.name ?? f.reportId, total: f.total, killed: f.killed ?? null, injured: f.injured ?? null,
    civilianShare: f.civilianShare ?? null, childShare: f.childShare ?? null, verified: f.verified, ...(f.note ? { note: f.note } : {}), sources: cited(index, people, f.sources),
  }));
  const claims = people.data.figureClaims.map((c) => checkFigureClaim(people, c)).map((c) => ({
    id: c.claim.id, civilianPercent: c.claim.civilianPercent ?? null, childPercent: c.claim.childPercent ?? null, comparedWith: c.figure?.id ?? null,
    civilianAgrees: c.civilianAgrees, childAgrees: c.childAgrees, civilianShareMatches: c.civilianMatches.map((f) => f.id), note: c.claim.note ?? null, sources: cited(index, people, c.claim.sources),
  }));
  return { on, latestReport: latest ? { id: latest.report.id, name: latest.report.name, published: dateLabel(latest.report.published) } : null, series, claims };
}

/** `pipeline <treaty> --json` and GET /v1/treaties/{treaty}/pipeline. */
export function pipelineJson(index: RecordIndex, people: PeopleRecord, treatyId: string, on: IsoDate) {
  const rows = pipelineBoard(index, people, on, treatyId);
  return { treaty: treatyId, on, stages: PIPELINE_STAGES, rows: rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, c && { ...c, sources: cited(index, people, c.sources) }])) })) };
}

/** Who holds a post on a date, in brief: the letter's addressee and CC lines. */
export function holderSummary(h: HolderOn) {
  return { post: h.post.label, person: h.person?.name ?? null, certainty: h.certainty, acting: h.membership?.acting === true, ...(h.lastSeen ? { lastSeen: h.lastSeen } : {}) };
}

/** GET /v1/posts/{post}/holder: the holder with the post, the membership's dates and its sources. */
export function holderJson(index: RecordIndex, people: PeopleRecord, h: HolderOn) {
  const m = h.membership;
  return {
    post: { id: h.post.id, label: h.post.label, role: h.post.role, ...(h.post.iso3 ? { iso3: h.post.iso3 } : {}) },
    on: h.on,
    certainty: h.certainty,
    person: h.person ? { id: h.person.id, name: h.person.name } : null,
    membership: m ? { id: m.id, start: m.start ?? null, end: m.end ?? null, acting: m.acting === true, verified: m.verified, sources: cited(index, people, m.sources) } : null,
    ...(h.lastSeen ? { lastSeen: h.lastSeen } : {}),
  };
}
