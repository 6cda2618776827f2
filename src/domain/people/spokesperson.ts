import type { IsoDate } from '../calendar-date.js';
import type { Citation } from '../source.js';

/** A language as the source names it, with its ISO 639-1 code for look-ups. */
export interface Language {
  readonly name: string;
  readonly code: string;
}

/** Where a spokesperson is and can be interviewed, from one day through another. */
export interface Availability {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly place: string;
  readonly note?: string;
  readonly sources: readonly Citation[];
}

/** Someone who can speak to the media for an organisation. */
export interface Spokesperson {
  readonly id: string;
  readonly personId: string;
  readonly organizationId: string;
  /** The title as the media pack gives it. */
  readonly role: string;
  readonly languages: readonly Language[];
  readonly availability: readonly Availability[];
  readonly contact?: { readonly email?: readonly string[]; readonly url?: string; readonly place?: string; readonly sources: readonly Citation[] };
  readonly bio?: string;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
}
