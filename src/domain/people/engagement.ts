import type { Citation } from '../source.js';
import type { FactDate } from './fact-date.js';

/** What a campaign did. */
export const ENGAGEMENT_KINDS = ['letter', 'meeting_request', 'meeting', 'visit', 'press_release', 'media_pack'] as const;
/** One of ENGAGEMENT_KINDS. */
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

/** A sender or recipient: a person, or a post (whoever holds it on the date), optionally on behalf of an organisation. */
export interface Party {
  readonly personId?: string;
  readonly postId?: string;
  readonly organizationId?: string;
}

/** A dated note on what followed (a reminder sent, a reply, a refusal). */
export interface FollowUp {
  readonly date: FactDate;
  readonly text: string;
  readonly sources: readonly Citation[];
}

/** One entry of the campaign log. */
export interface Engagement {
  readonly id: string;
  readonly kinds: readonly EngagementKind[];
  readonly date: FactDate;
  /** `planned` when announced but not (yet) known to have happened. */
  readonly status: 'done' | 'planned';
  readonly iso3?: string;
  readonly from: readonly Party[];
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly place?: string;
  readonly summary: string;
  /** The documents sent or published (stored sources). */
  readonly documents: readonly Citation[];
  readonly followUps: readonly FollowUp[];
  readonly replies: readonly FollowUp[];
  readonly sources: readonly Citation[];
  readonly recordedBy: string;
  readonly recordedAt: string;
}
