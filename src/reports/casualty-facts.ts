import { type ClaimCheck, checkFigureClaim, latestFigures } from '../domain/monitor/casualty-figures.js';
import type { CasualtyFigure } from '../domain/monitor/casualties.js';
import { dateLabel, knownBy } from '../domain/people/fact-date.js';
import { sourceOf } from '../domain/people/cited.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Inline, cite } from './report-doc.js';

/** The latest Monitor figures out by the date, as a sentence: total, killed, injured, and each share with what it is a share of. */
export function casualtySentence(ctx: ReportContext): Inline[] | undefined {
  const latest = latestFigures(ctx.people, ctx.on);
  const f = latest?.figures[0];
  if (!latest || !f) return undefined;
  return figureSentence(ctx, f, `${latest.report.name} (out ${dateLabel(latest.report.published)})`);
}

/** One figure in words. */
export function figureSentence(ctx: ReportContext, f: CasualtyFigure, edition: string): Inline[] {
  const n = (x: number): string => x.toLocaleString('en');
  const notes = notesOf(ctx, f.sources);
  const out: Inline[] = [`${edition} recorded `, cite(`${n(f.total)} casualties in ${f.year}`, notes)];
  if (f.killed !== undefined || f.injured !== undefined) out.push(` (${[f.killed === undefined ? '' : `${n(f.killed)} killed`, f.injured === undefined ? '' : `${n(f.injured)} injured`].filter((x) => x).join(', ')})`);
  if (f.civilianShare) out.push('; civilians were ', cite(`${f.civilianShare.percent}%`, notes), ` ${f.civilianShare.of}`);
  if (f.childShare) out.push('; children were ', cite(`${f.childShare.percent}%`, notes), ` ${f.childShare.of}${f.childShare.count === undefined ? '' : ` (${n(f.childShare.count)} children)`}`);
  out.push('.');
  if (!f.verified) out.push(' (Secondary source only.)');
  return out;
}

/** Figures stated in documents known by the date, checked against the Monitor edition they cite (only once that edition is out). */
export function claimChecks(ctx: ReportContext): ClaimCheck[] {
  return ctx.people.data.figureClaims
    .filter((c) => c.date === undefined || knownBy(c.date, ctx.on) === 'yes')
    .map((c) => checkFigureClaim(ctx.people, c))
    .filter((c) => {
      const r = c.figure ? ctx.people.reports.get(c.figure.reportId) : undefined;
      return r !== undefined && knownBy(r.published, ctx.on) === 'yes';
    });
}

/** A disagreement line for a claim that differs from the Monitor. */
export function claimLine(ctx: ReportContext, c: ClaimCheck): Inline[] | undefined {
  if (c.civilianAgrees !== false && c.childAgrees !== false) return undefined;
  const f = c.figure;
  if (!f) return undefined;
  const edition = ctx.people.reports.get(f.reportId)?.name ?? f.reportId;
  const claimed = [c.claim.civilianPercent === undefined ? '' : `${c.claim.civilianPercent}% civilians`, c.claim.childPercent === undefined ? '' : `${c.claim.childPercent}% children`].filter((x) => x).join(', ');
  const monitor = [f.civilianShare ? `${f.civilianShare.percent}% civilians` : '', f.childShare ? `${f.childShare.percent}% children` : ''].filter((x) => x).join(', ');
  const other = c.civilianMatches.filter((m) => m.id !== f.id).map((m) => `${m.civilianShare?.percent ?? '?'}% is ${ctx.people.reports.get(m.reportId)?.name ?? m.reportId}'s figure for ${m.year}`);
  const doc = c.claim.sources[0] === undefined ? undefined : sourceOf(ctx.index, ctx.people, c.claim.sources[0].sourceId);
  const who = doc ? `${doc.publisher}${doc.date ? ` (${doc.date})` : ''}` : 'A document';
  return [cite(`${who} states ${claimed}${c.claim.reportId ? `, citing ${ctx.people.reports.get(c.claim.reportId)?.name ?? c.claim.reportId}` : ''}`, notesOf(ctx, c.claim.sources)), `; ${edition} gives `, cite(`${monitor} for ${f.year}`, notesOf(ctx, f.sources)), other.length > 0 ? ` (${other.join('; ')})` : '', '.'];
}
