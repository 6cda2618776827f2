import type { Citation } from '../source.js';
import type { FactDate } from '../people/fact-date.js';

/** An edition of the Landmine Monitor, with the date by which its figures are known to be public. */
export interface MonitorReport {
  readonly id: string;
  readonly name: string;
  /** The earliest date a stored source shows the figures (often only the year). */
  readonly published: FactDate;
  readonly sources: readonly Citation[];
}

/** A share, and what it is a share of ("of casualties whose civilian/military status was known"). */
export interface Share {
  readonly percent: number;
  readonly of: string;
  /** The number behind it, where given (1,498 children). */
  readonly count?: number;
}

/** One year's casualty figures as one edition gives them (later editions revise earlier years). */
export interface CasualtyFigure {
  readonly id: string;
  readonly year: number;
  readonly reportId: string;
  readonly total: number;
  readonly killed?: number;
  readonly injured?: number;
  readonly civilianShare?: Share;
  readonly childShare?: Share;
  readonly sources: readonly Citation[];
  /** False for figures from a secondary source only. */
  readonly verified: boolean;
  readonly note?: string;
}

/** A figure a document states about casualties, kept to compare with the Monitor's. */
export interface FigureClaim {
  readonly id: string;
  /** When the document made the claim, where known. */
  readonly date?: FactDate;
  /** The document that makes the claim, with the quoted words. */
  readonly sources: readonly Citation[];
  /** The edition the document cites or means, and the year the figures are for, where it says. */
  readonly reportId?: string;
  readonly year?: number;
  readonly civilianPercent?: number;
  readonly childPercent?: number;
  readonly note?: string;
}
