import { type IsoDate, type PartialDate, addMonths, rangeOf } from '../domain/calendar-date.js';
import type { CasualtyFigure, Share } from '../domain/monitor/casualties.js';
import { knownBy } from '../domain/people/fact-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Claim, ProcessStep } from './claim.js';
import { claimedDateWords, matchDate } from './dates-match.js';
import { eventEvidence, eventsOf, sourcesOf } from './evidence.js';
import type { ClaimFacts } from './facts.js';
import { holds, numberWords } from './tolerance.js';
import { type Evidence, type Judgement, unverifiable } from './verdict.js';

/** Checks a civilian or child share of casualties against the Monitor's figures: for the year said, else the latest report out by the date. */
export function verifyCasualtyShare(index: RecordIndex, claim: Extract<Claim, { kind: 'casualty_share' }>, facts: ClaimFacts, on: IsoDate): Judgement {
  if (!facts.casualtyFigures || !facts.monitorReports) return unverifiable(`Casualty figures cannot be checked: ${facts.problem ?? 'the record holds no casualty figures'}.`);
  if (claim.place !== undefined) return unverifiable(`The record holds the Monitor's shares for all states together, none for ${index.states.get(claim.place)?.name ?? claim.place} alone.`);
  const reports = new Map(facts.monitorReports.map((r) => [r.id, r]));
  const edition = (id: string): number => Number(reports.get(id)?.published.value.slice(0, 4) ?? 0);
  const share = (f: CasualtyFigure): Share | undefined => (claim.share === 'civilian' ? f.civilianShare : f.childShare);
  const out = facts.casualtyFigures.filter((f) => share(f) !== undefined && knownBy(reports.get(f.reportId)?.published ?? { value: '9999', precision: 'year' }, on) === 'yes');
  const named = claim.report === undefined ? out : out.filter((f) => edition(f.reportId) === claim.report);
  const forYear = claim.year === undefined ? named : named.filter((f) => f.year === claim.year);
  const figure = [...forYear].sort((a, b) => b.year - a.year || edition(b.reportId) - edition(a.reportId))[0];
  const what = `${claim.share} share of casualties${claim.year ? ` for ${claim.year}` : ''}${claim.report ? ` in Landmine Monitor ${claim.report}` : ''}`;
  if (!figure) return unverifiable(`The record has no ${what} published by ${on}.`);
  // With no year written, the share is the one current on the date: the Monitor's edition of that year or the year before.
  // An older edition is another year's figure ("a 2022 share judged against 2018's"): the current one is not in the record.
  const published = reports.get(figure.reportId)?.published;
  if (claim.year === undefined && claim.report === undefined && published !== undefined && rangeOf(published).latest < addMonths(on, -13)) {
    return unverifiable(`The latest ${claim.share} share of casualties in the record by ${on} is ${reports.get(figure.reportId)?.name ?? figure.reportId}'s (for ${figure.year}); the edition current on ${on} is not in the record, and another year's figure does not decide it.`);
  }
  const s = share(figure) as Share;
  const report = reports.get(figure.reportId)?.name ?? figure.reportId;
  const evidence: Evidence[] = [{ kind: 'figure', description: `${report}, casualties in ${figure.year}: ${s.percent}% ${claim.share === 'civilian' ? 'civilians' : 'children'} (${s.of})${s.count !== undefined ? `, ${s.count}` : ''}; ${figure.total} casualties in all`, verified: figure.verified, sources: sourcesOf(index, figure.sources, facts.sources) }];
  // A whole percentage allows for rounding: "85%" holds for 84.5 to 85.4.
  const ok = holds(claim.percent, Math.round(s.percent), false);
  // The Monitor's child share is of civilian casualties; "40% are children" said of all casualties measures something else.
  const sameBase = claim.share === 'civilian' || (claim.of === 'civilian casualties') === /civilian/i.test(s.of);
  const said = `${numberWords(claim.percent)}% of ${claim.of}`;
  const base = `${report} gives ${s.percent}% for ${figure.year}, ${s.of}`;
  if (ok && !sameBase) return { verdict: 'depends_on_definition', value: `${s.percent}%`, explanation: `${base}: the same number as the text's ${said}, but a share of another whole.`, evidence };
  return { verdict: ok ? 'supported' : 'contradicted', value: `${s.percent}%`, explanation: `${base}${ok ? '' : `, not ${said}`}${!ok && !sameBase ? ' (and a share of civilian casualties, not of all)' : ''}.`, evidence };
}

/**
 * Checks a casualty total, or the killed or injured, against the Landmine Monitor's figures: for the year said,
 * else the edition current on the date. Any edition's figure for that year (editions revise) that holds supports it.
 */
export function verifyCasualtyTotal(index: RecordIndex, claim: Extract<Claim, { kind: 'casualty_total' }>, facts: ClaimFacts, on: IsoDate): Judgement {
  if (!facts.casualtyFigures || !facts.monitorReports) return unverifiable(`Casualty figures cannot be checked: ${facts.problem ?? 'the record holds no casualty figures'}.`);
  const reports = new Map(facts.monitorReports.map((r) => [r.id, r]));
  const edition = (id: string): number => Number(reports.get(id)?.name.match(/\d{4}/u)?.[0] ?? 0);
  const valueOf = (f: CasualtyFigure): number | undefined => (claim.measure === 'total' ? f.total : claim.measure === 'killed' ? f.killed : f.injured);
  const out = facts.casualtyFigures.filter((f) => valueOf(f) !== undefined && f.reportId !== 'lm-series-1999' && knownBy(reports.get(f.reportId)?.published ?? { value: '9999', precision: 'year' }, on) === 'yes');
  const named = claim.report === undefined ? out : out.filter((f) => edition(f.reportId) === claim.report);
  const latest = [...named].sort((a, b) => b.year - a.year)[0];
  const year = claim.year ?? latest?.year;
  const what = claim.measure === 'total' ? 'casualties' : claim.measure === 'killed' ? 'people killed' : 'people injured';
  if (year === undefined || !latest) return unverifiable(`The record has no Landmine Monitor count of ${what} published by ${on}.`);
  if (claim.year === undefined && claim.report === undefined) {
    const published = reports.get(latest.reportId)?.published;
    if (published !== undefined && rangeOf(published).latest < addMonths(on, -13)) return unverifiable(`The text gives no year, and the edition current on ${on} is not in the record (the latest is ${reports.get(latest.reportId)?.name ?? latest.reportId}).`);
  }
  const forYear = named.filter((f) => f.year === year);
  if (forYear.length === 0) return unverifiable(`The record has no Landmine Monitor count of ${what} for ${year} published by ${on}.`);
  const evidence: Evidence[] = forYear.map((f) => ({ kind: 'figure', description: `${reports.get(f.reportId)?.name ?? f.reportId}, casualties in ${f.year}: ${f.total} in all${f.killed !== undefined ? `, ${f.killed} killed` : ''}${f.injured !== undefined ? `, ${f.injured} injured` : ''}`, verified: f.verified, sources: sourcesOf(index, f.sources, facts.sources) }));
  const values = forYear.map((f) => valueOf(f) as number);
  const said = numberWords(claim.number);
  // A round figure with no hedge ("6,000 casualties") is a writer's rounding: it is judged only when it is near.
  const round = claim.number.hedge === undefined && claim.number.value % 100 === 0;
  // The Monitor's "at least 6,279" is its count, a minimum of the true toll: "at least N" is its figure, not any figure above N.
  const minimum = claim.number.hedge === 'at_least';
  const ok = values.some((x) => (round ? Math.abs(x - claim.number.value) <= claim.number.value * 0.05 : minimum ? Math.abs(x - claim.number.value) <= claim.number.value * 0.01 : holds(claim.number, x, false)));
  if (!ok && minimum && values.every((x) => x > claim.number.value)) return unverifiable(`The Landmine Monitor counts ${[...new Set(values)].join(' or ')} ${what} in ${year}; "${said}" is true of it only loosely, and may be another year's figure.`, evidence, { code: 'not_understood', part: 'value' });
  const value = [...new Set(values)].join(' or ');
  if (ok) return { verdict: 'supported', value, explanation: `The Landmine Monitor counts ${value} ${what} in ${year}: "${said}" holds.`, evidence };
  if (round) return unverifiable(`The Landmine Monitor counts ${value} ${what} in ${year}; "${said}" is a round figure too far from it to say which figure it rounds.`, evidence, { code: 'not_understood', part: 'value' });
  return { verdict: 'contradicted', value, explanation: `The Landmine Monitor counts ${value} ${what} in ${year}, not ${said}.`, evidence };
}

/** Claims the record has no data for at all: who uses or produces mines, trends in casualties. */
export function verifyNoData(claim: Extract<Claim, { kind: 'mine_use' | 'casualty_trend' }>): Judgement {
  if (claim.kind === 'mine_use') return unverifiable(`The record holds no data on who ${claim.activity === 'use' ? 'uses' : 'produces'} anti-personnel mines.`);
  return unverifiable('The record holds no series of casualties from anti-personnel mines alone to compute a trend from.');
}

const STEP_KINDS: Record<ProcessStep, readonly string[]> = {
  joint_statement: ['joint_statement'],
  statement_of_intent: ['statement_of_intent', 'first_statement', 'government_decision', 'joint_statement'],
  government_decision: ['government_decision'],
  parliamentary_vote: ['parliamentary_vote'],
};

/** A step found in the record's events or in the withdrawal steps of the people/votes data. */
interface Step {
  readonly iso3: string;
  readonly date: PartialDate;
  readonly evidence: Evidence;
}

/** Checks a step of a national withdrawal (a joint statement, an announced intention) against the record's events and withdrawal steps. */
export function verifyProcess(index: RecordIndex, claim: Extract<Claim, { kind: 'process_step' }>, facts: ClaimFacts, on: IsoDate): Judgement {
  const kinds = STEP_KINDS[claim.step];
  const sameTreaty = (t: string | null | undefined): boolean => claim.treatyId === undefined || t === null || t === undefined || t === claim.treatyId;
  const steps = (iso3: string): Step[] => [
    ...eventsOf(index, iso3, null).filter((e) => kinds.includes(e.kind) && sameTreaty(e.treatyId) && rangeOf(e.date).earliest <= on).map((e) => ({ iso3, date: e.date, evidence: eventEvidence(index, e) })),
    ...(facts.pipelineSteps ?? []).filter((p) => p.iso3 === iso3 && kinds.includes(p.stage) && sameTreaty(p.treatyId) && knownBy(p.date, on) !== 'no').map((p): Step => ({
      iso3, date: p.date, evidence: { kind: 'event', description: `${index.states.get(iso3)?.name ?? iso3}: ${p.label} (${p.date.onOrBefore ? 'by ' : ''}${p.date.value})`, date: p.date.value, iso3, treaty: p.treatyId, verified: p.verified, sources: sourcesOf(index, p.sources, facts.sources) },
    })),
  ];
  const found = claim.states.map(steps);
  const evidence = found.flat().map((s) => s.evidence).slice(0, 8);
  const missing = claim.states.filter((_, i) => (found[i] ?? []).length === 0);
  const names = (list: readonly string[]): string => list.map((i) => index.states.get(i)?.name ?? i).join(', ');
  const what = claim.step.replace(/_/g, ' ');
  if (missing.length > 0) return unverifiable(`The record holds no ${what} by ${names(missing)}${claim.date ? ` ${claimedDateWords(claim.date)}` : ''} by ${on}${facts.pipelineSteps ? '' : ` (${facts.problem ?? 'no withdrawal steps are loaded'})`}.`, evidence);
  const value = [...new Set(found.flat().map((s) => `${index.states.get(s.iso3)?.name ?? s.iso3} ${s.date.value}`))].join('; ');
  if (!claim.date) return { verdict: 'supported', value, explanation: `The record has a ${what} by each of ${names(claim.states)} by ${on}.`, evidence };
  const date = claim.date;
  if (found.every((list) => list.some((s) => matchDate(date, s.date) === 'yes'))) return { verdict: 'supported', value, explanation: `The record has it ${claimedDateWords(date)}: ${value}.`, evidence };
  if (found.every((list) => list.every((s) => matchDate(date, s.date) === 'no'))) return { verdict: 'contradicted', value, explanation: `The record has it on other dates: ${value}.`, evidence };
  return unverifiable(`The record's dates (${value}) do not settle whether it was ${claimedDateWords(date)}.`, evidence);
}

/** Checks "completed the destruction of its stockpile by 2016" against the record's stockpile events. */
export function verifyStockpile(index: RecordIndex, claim: Extract<Claim, { kind: 'stockpile_destroyed' }>): Judgement {
  const e = eventsOf(index, claim.iso3, claim.treatyId).find((x) => x.kind === 'stockpile_destroyed');
  const name = index.states.get(claim.iso3)?.name ?? claim.iso3;
  if (!e) return unverifiable(`The record holds no stockpile destruction by ${name}.`);
  const m = claim.date ? matchDate(claim.date, e.date) : 'yes';
  const byOk = claim.date?.qualifier === 'by' && rangeOf(e.date).latest <= claim.date.latest;
  const ok = m === 'yes' || byOk;
  return { verdict: ok ? 'supported' : m === 'no' ? 'contradicted' : 'unverifiable', value: e.date.value, explanation: `The record has ${name}'s stockpile destroyed on ${e.date.value}.`, evidence: [eventEvidence(index, e)] };
}
