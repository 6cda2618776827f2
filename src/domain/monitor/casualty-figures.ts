import type { IsoDate } from '../calendar-date.js';
import type { CasualtyFigure, FigureClaim, MonitorReport } from './casualties.js';
import { knownBy, sortKey } from '../people/fact-date.js';
import type { PeopleRecord } from '../people/people-record.js';

/** The newest edition whose figures were public by the date, with its figures (newest year first). */
export interface LatestFigures {
  readonly report: MonitorReport;
  readonly figures: readonly CasualtyFigure[];
}

/** Editions known to be out by `on`, oldest first. */
export function reportsOutBy(people: PeopleRecord, on: IsoDate): MonitorReport[] {
  return people.data.monitorReports.filter((r) => knownBy(r.published, on) === 'yes').sort((a, b) => sortKey(a.published).localeCompare(sortKey(b.published)));
}

/** The latest edition out by `on` and its figures: what a text written that day could cite. */
export function latestFigures(people: PeopleRecord, on: IsoDate): LatestFigures | undefined {
  const reports = reportsOutBy(people, on).filter((r) => (people.figuresByReport.get(r.id) ?? []).length > 0);
  const report = reports.at(-1);
  if (!report) return undefined;
  return { report, figures: [...(people.figuresByReport.get(report.id) ?? [])].sort((a, b) => b.year - a.year) };
}

/** One figure per year: the one from the newest edition out by `on` that gives the year (later editions revise earlier years). */
export function casualtySeries(people: PeopleRecord, on: IsoDate): CasualtyFigure[] {
  const byYear = new Map<number, CasualtyFigure>();
  for (const r of reportsOutBy(people, on)) for (const f of people.figuresByReport.get(r.id) ?? []) byYear.set(f.year, f);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** A claim compared with the Monitor: the figure it should match, whether each share agrees, and which figures it does match. */
export interface ClaimCheck {
  readonly claim: FigureClaim;
  readonly figure?: CasualtyFigure;
  readonly civilianAgrees: boolean | null;
  readonly childAgrees: boolean | null;
  /** Other figures whose civilian share is the one claimed (85 % is Landmine Monitor 2023's figure for 2022). */
  readonly civilianMatches: readonly CasualtyFigure[];
}

/** Checks a document's casualty shares against the edition it cites (its main year, unless the claim names one). */
export function checkFigureClaim(people: PeopleRecord, claim: FigureClaim): ClaimCheck {
  const candidates = claim.reportId === undefined ? people.data.casualtyFigures : (people.figuresByReport.get(claim.reportId) ?? []);
  const year = claim.year ?? Math.max(...candidates.map((f) => f.year));
  const figure = candidates.find((f) => f.year === year && (claim.reportId !== undefined || f.civilianShare !== undefined));
  const agree = (claimed: number | undefined, monitor: number | undefined): boolean | null => (claimed === undefined || monitor === undefined ? null : claimed === monitor);
  const civilianMatches = claim.civilianPercent === undefined ? [] : people.data.casualtyFigures.filter((f) => f.civilianShare?.percent === claim.civilianPercent);
  return {
    claim,
    ...(figure ? { figure } : {}),
    civilianAgrees: agree(claim.civilianPercent, figure?.civilianShare?.percent),
    childAgrees: agree(claim.childPercent, figure?.childShare?.percent),
    civilianMatches,
  };
}
