import type { IsoDate } from '../domain/calendar-date.js';
import { casualtySeries } from '../domain/monitor/casualty-figures.js';
import { dateLabel } from '../domain/people/fact-date.js';
import { holderOn } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import { positionsTimeline } from '../domain/people/positions.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { State } from '../domain/state.js';
import { casualtyChart } from './casualty-chart.js';
import { casualtySentence, claimChecks, claimLine } from './casualty-facts.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Block, type Inline, type ReportDoc, cite, dateWords, longDate } from './report-doc.js';
import { countsSentence, horizonCallout, statusFacts } from './status-facts.js';
import { timelineLines } from './timeline-facts.js';
import { engagementLines, pipelineFacts, spokespeopleRows, voteBlocks, whoSaid } from './workspace-facts.js';

/**
 * A briefing note and country profile for a state on a date: its standing under every treaty it
 * has acted under, withdrawal pipelines, votes, who holds which office, positions taken, the
 * campaign log, spokespeople, the Monitor's casualty figures with a chart, and where sources
 * disagree. Pure: record and workspace in, document out.
 */
export function briefingNote(index: RecordIndex, people: PeopleRecord, o: { readonly state: State; readonly on: IsoDate }): ReportDoc {
  const ctx: ReportContext = { index, people, on: o.on };
  const s = o.state;
  const treatyIds = [...index.treaties.keys()].filter((t) => index.timelines.get(t)?.has(s.iso3));
  const standings = treatyIds.map((t) => ({ t, facts: statusFacts(ctx, s, t) }));
  const disagreements: Inline[][] = [];
  const casualties = casualtySentence(ctx);
  const blocks: Block[] = [{
    kind: 'facts', title: `${s.name} on ${longDate(o.on)}`,
    rows: [
      ...standings.map(({ facts }) => ({ label: facts.treatyName, value: [cite(facts.standing.status.status.replace(/_/g, ' ') + (facts.standing.status.since ? ` since ${dateWords(facts.standing.status.since)}` : ''), notesOf(ctx, facts.standing.events.at(-1)?.sources ?? []))] })),
      ...(casualties ? [{ label: 'Casualties (worldwide)', value: casualties }] : []),
    ],
  }];
  const late = horizonCallout(ctx, treatyIds);
  if (late) blocks.push(late);
  for (const { t, facts } of standings) {
    blocks.push({ kind: 'heading', level: 2, text: facts.treatyName }, { kind: 'paragraph', content: [...facts.sentence, ' ', ...countsSentence(ctx, t)] }, { kind: 'list', items: timelineLines(ctx, s, [t]) });
    const pipeline = pipelineFacts(ctx, s.iso3, t);
    if (pipeline) blocks.push({ kind: 'heading', level: 3, text: 'Withdrawal pipeline' }, pipeline.table);
    const votes = voteBlocks(ctx, s.iso3, t);
    if (votes.blocks.length > 0) blocks.push({ kind: 'heading', level: 3, text: 'Votes' }, ...votes.blocks);
    disagreements.push(...votes.disagreements);
  }
  const holders = people.data.posts.filter((p) => p.iso3 === s.iso3).map((p) => holderOn(people, p.id, o.on)).filter((h) => h?.person !== undefined);
  if (holders.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: `Office holders on ${longDate(o.on)}` }, {
      kind: 'table', head: ['Post', 'Holder', 'Since'],
      rows: holders.map((h) => [[h?.post.label ?? ''], [cite(`${h?.person?.name ?? ''}${h?.membership?.acting ? ' (acting)' : ''}`, notesOf(ctx, (h?.membership?.sources ?? []).slice(0, 3)))], [h?.certainty === 'last_seen' ? `dates unknown; last seen ${h.lastSeen ?? ''}` : dateWords(h?.membership?.start ?? '?')]]),
    });
  }
  const positions = positionsTimeline(people, { iso3: s.iso3, on: o.on });
  if (positions.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Positions on withdrawal' }, {
      kind: 'table', head: ['Date', 'Who', 'Quote'],
      rows: positions.map((p) => [[dateWords(dateLabel(p.statement.date))], whoSaid(ctx, p).slice(0, 2), [`“${p.statement.quote}”`]]),
    });
  }
  const log = engagementLines(ctx, s.iso3);
  if (log.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Campaign log' }, { kind: 'list', items: log });
  const speakers = spokespeopleRows(ctx);
  if (speakers.length > 0) blocks.push({ kind: 'heading', level: 2, text: 'Spokespeople' }, { kind: 'table', head: ['Name', 'Role', 'Languages', 'Available'], rows: speakers });
  const series = casualtySeries(people, o.on);
  if (series.length > 0) {
    const edition = (reportId: string): string => people.reports.get(reportId)?.name ?? reportId;
    blocks.push({ kind: 'heading', level: 2, text: 'Landmine Monitor casualty figures' },
      { kind: 'chart', svg: casualtyChart(series, { editionOf: (f) => edition(f.reportId) }), alt: `Casualties per year, ${series[0]?.year ?? ''}–${series.at(-1)?.year ?? ''}`, caption: ['Casualties recorded per year, each year from the newest edition out by this date (later editions revise earlier years); pale bars: secondary source only.'] },
      { kind: 'table', head: ['Year', 'Casualties', 'Civilians', 'Children', 'Edition'], rows: series.map((f) => [[String(f.year)], [cite(f.total.toLocaleString('en'), notesOf(ctx, f.sources))], [f.civilianShare ? `${f.civilianShare.percent}% ${f.civilianShare.of}` : ''], [f.childShare ? `${f.childShare.percent}% ${f.childShare.of}` : ''], [edition(f.reportId)]]) });
  }
  disagreements.unshift(...claimChecks(ctx).map((c) => claimLine(ctx, c)).filter((x): x is Inline[] => x !== undefined));
  if (disagreements.length > 0) blocks.push({ kind: 'callout', title: 'Where sources disagree', content: disagreements });
  return { kind: 'briefing', title: `Briefing note: ${s.name}`, subtitle: `Country profile as of ${longDate(o.on)}, computed by treatywatch from its record; every fact footnoted.`, on: o.on, blocks };
}
