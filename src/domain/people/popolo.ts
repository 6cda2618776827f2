import type { IsoDate } from '../calendar-date.js';
import type { Citation } from '../source.js';

// Popolo (https://www.popoloproject.com/specs/): persons, organizations, posts and memberships,
// with the fields named as Popolo names them where it has a name (start_date → start, …).

/** Ways to reach a person or an organisation, each as a source gives it. */
export interface Contact {
  readonly email?: readonly string[];
  readonly url?: string;
  readonly place?: string;
  readonly sources: readonly Citation[];
}

/** A real person. */
export interface Person {
  /** Stable id, e.g. `gintautas-paluckas`. */
  readonly id: string;
  readonly name: string;
  readonly givenName?: string;
  readonly familyName?: string;
  /** As a source addresses the person ("Mr.", "Dr."), never guessed. */
  readonly honorificPrefix?: string;
  /** Other spellings sources use ("Laurins Kasčuns", "Zelensky"). */
  readonly otherNames: readonly string[];
  readonly summary?: string;
  readonly contact?: Contact;
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}

/** Popolo's organization classifications used here. */
export const ORGANIZATION_KINDS = ['government', 'head_of_state', 'ministry', 'parliament', 'committee', 'armed_forces', 'mission', 'ngo', 'academic', 'media'] as const;
/** One of ORGANIZATION_KINDS. */
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A government, ministry, parliament, committee, NGO, … */
export interface Organization {
  readonly id: string;
  readonly name: string;
  readonly classification: OrganizationKind;
  /** The state it belongs to (none for an international NGO). */
  readonly iso3?: string;
  readonly parentId?: string;
  readonly otherNames: readonly string[];
  readonly contact?: Contact;
  readonly sources: readonly Citation[];
}

/** An office a person holds in turn: "Prime Minister of Lithuania". */
export interface Post {
  readonly id: string;
  /** The name users type: `Prime Minister of Lithuania`. */
  readonly label: string;
  /** The title alone, for salutations: `Prime Minister`. */
  readonly role: string;
  /** The formal title in an address block, as the sources give it. */
  readonly fullTitle?: string;
  readonly organizationId: string;
  readonly iso3?: string;
  readonly otherLabels: readonly string[];
  /** The style used before the holder's name in correspondence ("H.E."), where a source uses it. */
  readonly styleOfAddress?: string;
  /** Address lines and e-mail of the office, as a source gives them. */
  readonly address?: Contact & { readonly lines: readonly string[] };
  readonly sources: readonly Citation[];
}

/** A date on which a source shows a person in a post whose start and end are not known. */
export interface Attestation {
  readonly date: IsoDate;
  readonly sources: readonly Citation[];
}

/**
 * A person's membership of an organisation, in a post or with a role. `start` is the day the person
 * took office; `end` the day the office ended, normally the successor's start (a handover day
 * belongs to the successor). Either may be unknown.
 */
export interface Membership {
  readonly id: string;
  readonly personId: string;
  readonly organizationId: string;
  readonly postId?: string;
  /** "Prime Minister", "member", "deputy chair", … */
  readonly role: string;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly acting?: boolean;
  /** Days a source shows the person in the post (for memberships whose dates are unknown). */
  readonly attested: readonly Attestation[];
  readonly sources: readonly Citation[];
  readonly verified: boolean;
  readonly note?: string;
}
