import { type IsoDate, minDate } from '../domain/calendar-date.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type Gazetteer, buildGazetteer, findDateline, readText } from '../text/index.js';
import type { FoundClaim } from './claim.js';
import { extractClaims } from './extract.js';
import type { ClaimFacts } from './facts.js';
import { type VerifyContext, judge } from './verify.js';
import { type CheckWarning, type CheckedClaim, type ClaimCheckResult, VERDICTS, type Verdict, notUnderstood } from './verdict.js';

/** How to check a text. */
export interface CheckOptions {
  /** The text's date (YYYY-MM-DD, already validated); default: its dateline, else today. */
  readonly asOf?: IsoDate;
  /** Today, from the caller's clock (the checker never reads one). */
  readonly today: IsoDate;
  /** Votes and casualty figures, when their data is loaded. */
  readonly facts?: ClaimFacts;
}

const gazetteers = new WeakMap<RecordIndex, Gazetteer>();

/** The gazetteer of a record, built once per index. */
export function gazetteerOf(index: RecordIndex): Gazetteer {
  let g = gazetteers.get(index);
  if (!g) {
    g = buildGazetteer(index);
    gazetteers.set(index, g);
  }
  return g;
}

/**
 * Finds every checkable claim in a text and checks each against the record as of the text's
 * date (or the claim's own date) and as of today, with the evidence. Pure: `today` is given.
 */
export function checkText(index: RecordIndex, text: string, options: CheckOptions): ClaimCheckResult {
  const { today } = options;
  const dateline = options.asOf === undefined ? findDateline(text) : undefined;
  const textDate = options.asOf ?? dateline?.date ?? today;
  const source = options.asOf !== undefined ? 'given' : dateline ? 'dateline' : 'today';
  const warnings: CheckWarning[] = [];
  if (source === 'today') warnings.push({ code: 'no_text_date', message: `the text gives no date of its own: its claims are checked as of today (${today}); give the text's date to check them as of when it was written (--date on the command line, \`date\` in the API, the date field on the page)` });
  if (options.facts?.problem) warnings.push({ code: 'facts_unavailable', message: `votes, casualty figures and withdrawal steps cannot be checked: ${options.facts.problem}` });
  if (textDate > today) warnings.push({ code: 'text_date_in_future', message: `the text's date ${textDate} is after today (${today})` });
  const gazetteer = gazetteerOf(index);
  const reading = readText(text, gazetteer, { reference: textDate });
  const ctx: VerifyContext = { index, facts: options.facts ?? {}, textDate };
  const claims = extractClaims(reading, index, gazetteer, source !== 'today').map((c, i) => checkOne(ctx, reading.sentences[c.sentence]?.text ?? '', text, c, i + 1, today));
  if (claims.some((c) => 'date' in c.claim && c.claim.date?.yearUnknown)) {
    warnings.push({ code: 'year_inferred', message: 'some dates in the text have no year; with no date for the text they are compared by month and day only' });
  }
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, claims.filter((c) => c.verdict === v).length])) as Record<Verdict, number>;
  return { text_date: textDate, text_date_source: source, today, warnings, claims, summary };
}

function checkOne(ctx: VerifyContext, sentence: string, text: string, c: FoundClaim, id: number, today: IsoDate): CheckedClaim {
  // A claim with its own date ("By March 2025, …") is judged on that date; otherwise on the text's.
  const pinned = c.pinned ? minDate(c.pinned.qualifier === 'since' ? c.pinned.earliest : c.pinned.latest, today) : undefined;
  const asOf = pinned ?? ctx.textDate;
  const then = c.unbound ? notUnderstood(c.unbound.part, c.unbound.why) : judge(c.claim, ctx, asOf);
  const now = pinned !== undefined || c.unbound ? then : judge(c.claim, ctx, today);
  return {
    id,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    sentence,
    kind: c.claim.kind,
    claimed: c.claimed,
    claim: c.claim,
    as_of: asOf,
    verdict: then.verdict,
    reason: then.verdict === 'unverifiable' ? (then.reason ?? { code: 'not_in_record' }) : null,
    value: then.value,
    convention: then.convention ?? null,
    explanation: then.explanation,
    today,
    verdict_today: now.verdict,
    value_today: now.value,
    explanation_today: now.explanation,
    evidence: mergeEvidence(then.evidence, now.evidence),
  };
}

function mergeEvidence(a: CheckedClaim['evidence'], b: CheckedClaim['evidence']): CheckedClaim['evidence'] {
  const seen = new Set(a.map((e) => e.description));
  return [...a, ...b.filter((e) => !seen.has(e.description))];
}
