import type { IsoDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import type { Claim } from './claim.js';
import type { ClaimFacts } from './facts.js';
import { verifyCount } from './verify-counts.js';
import { verifyGroup } from './verify-group.js';
import { verifyCasualtyShare, verifyCasualtyTotal, verifyNoData, verifyProcess, verifyStockpile } from './verify-other.js';
import { verifyMajority, verifyVote } from './verify-votes.js';
import { verifyEffectRule, verifyTreatyDate } from './verify-rules.js';
import { verifyStatement } from './verify-statements.js';
import { verifyOrdinal } from './verify-ordinals.js';
import { verifyStateEvent, verifyStateStatus } from './verify-state.js';
import type { Judgement } from './verdict.js';

/** What verification reads besides the claim: the record, the facts beyond it, the text's date. */
export interface VerifyContext {
  readonly index: RecordIndex;
  readonly facts: ClaimFacts;
  readonly textDate: IsoDate;
}

/** Judges one claim as of a date. */
export function judge(claim: Claim, ctx: VerifyContext, on: IsoDate): Judgement {
  const { index, facts } = ctx;
  switch (claim.kind) {
    case 'party_count':
    case 'signatory_count':
    case 'never_joined_count':
    case 'required_missing_count':
      return verifyCount(index, claim, on);
    case 'ordinal':
      return verifyOrdinal(index, claim, on);
    case 'state_status':
      return verifyStateStatus(index, claim, on);
    case 'state_event':
      return verifyStateEvent(index, claim, on);
    case 'group_status':
      return verifyGroup(index, claim, on, facts);
    case 'effect_rule':
      return verifyEffectRule(index, claim, on, ctx.textDate);
    case 'treaty_date':
      return verifyTreatyDate(index, claim);
    case 'vote':
      return verifyVote(index, claim, facts);
    case 'required_majority':
      return verifyMajority(index, claim, facts);
    case 'casualty_share':
      return verifyCasualtyShare(index, claim, facts, on);
    case 'casualty_total':
      return verifyCasualtyTotal(index, claim, facts, on);
    case 'casualty_trend':
    case 'mine_use':
      return verifyNoData(claim);
    case 'process_step':
      return verifyProcess(index, claim, facts, on);
    case 'stockpile_destroyed':
      return verifyStockpile(index, claim);
    case 'statement':
      return verifyStatement(index, claim, facts, ctx.textDate);
  }
}
