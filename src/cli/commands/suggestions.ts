import { acceptAnySuggestion } from '../../ingest/accept-suggestion.js';
import { withCurrentDuplicates, rejectSuggestion } from '../../ingest/review-suggestion.js';
import { peopleOf } from './people-context.js';
import { SUGGESTION_STATUSES, type Suggestion, type SuggestionOrigin, type SuggestionStatus } from '../../store/suggestion-store.js';
import { CliError, orFail } from '../cli-error.js';
import { today } from '../context.js';
import { type Format, out, printCsv, printJson } from '../output.js';
import { recorder } from './add-event.js';
import { withIngestStores } from './ingest.js';
import { wrap } from './search.js';
import { io } from '../io.js';

/** Options of `suggestions`. */
export interface SuggestionsOptions {
  readonly status?: string;
  readonly origin?: string;
  readonly document?: string;
  readonly format: Format;
}

/** `treatywatch suggestions [--status pending|accepted|rejected]`: the review queue, oldest first, with what each would repeat. */
export async function suggestionsCommand(opts: SuggestionsOptions): Promise<void> {
  const status = parseStatus(opts.status ?? 'pending');
  const origin = opts.origin === undefined ? undefined : parseOrigin(opts.origin);
  const list = await withIngestStores(async (stores) => {
    const found = await stores.suggestions.list({ status, ...(origin ? { origin } : {}), ...(opts.document ? { documentId: opts.document } : {}) });
    return status === 'pending' ? withCurrentDuplicates(stores, found) : found;
  });
  if (opts.format === 'json') return printJson({ status, suggestions: list });
  if (opts.format === 'csv') {
    return printCsv(list, [
      { header: 'id', value: (s) => s.id },
      { header: 'status', value: (s) => s.status },
      { header: 'origin', value: (s) => s.origin },
      { header: 'document', value: (s) => s.documentId ?? '' },
      { header: 'suggestion', value: (s) => s.summary },
      { header: 'duplicate_of', value: (s) => s.duplicateOf ?? '' },
      { header: 'quote', value: (s) => s.quote ?? '' },
      { header: 'event', value: (s) => s.review?.eventId ?? '' },
      { header: 'reason', value: (s) => s.review?.reason ?? '' },
    ]);
  }
  if (list.length === 0) return out(`No ${status} suggestions.`);
  for (const s of list) out(block(s));
  if (status === 'pending') out(`${list.length} pending.\n  Accept: treatywatch accept <id> [--edit date=… --edit publisher="…"]\n  Reject: treatywatch reject <id> --reason "…"`);
}

/** One suggestion for a person: the line, then where it is from and the passage, wrapped to the terminal. */
function block(s: Suggestion): string {
  const width = Math.max(40, (io().stdout.columns || 80) - 1);
  const id = s.id.padStart(4);
  const after = s.status === 'accepted' ? ` → recorded as ${s.review?.eventId ?? '?'} by ${s.review?.by ?? '?'}` : s.status === 'rejected' ? ` → rejected by ${s.review?.by ?? '?'}: ${s.review?.reason ?? ''}` : '';
  const dup = s.status === 'pending' && s.duplicateOf ? ` — recorded already as ${s.duplicateOf}` : '';
  const lines = [...wrap(`${s.summary}${dup}${after}`, width - 6).map((l, i) => (i === 0 ? `${id}  ${l}` : `      ${l}`))];
  const from = s.documentId ?? 'depositary page';
  if (s.quote) lines.push(...wrap(`${from}: “${clip(s.quote)}”`, width - 6).map((l) => `      ${l}`));
  return `${lines.join('\n')}\n`;
}


/** `treatywatch accept <id> [--edit field=value…]`: records the suggested event (as edited), citing its document or page, as the reviewer. */
export async function acceptCommand(id: string, opts: { readonly edit?: readonly string[]; readonly by?: string; readonly format: Format }): Promise<void> {
  const edits = parseEdits(opts.edit ?? []);
  const { suggestion, event, record } = await withIngestStores(async (stores) => orFail(await acceptAnySuggestion({ ...stores, people: peopleOf(stores.record) }, id, edits, { recordedBy: recorder(opts.by), recordedAt: new Date().toISOString() }, today())));
  if (opts.format === 'json') return printJson({ suggestion, ...(event ? { event } : {}), ...(record ? { [record.collection === 'votes' ? 'vote' : 'statement']: record.record } : {}) });
  if (record) return out(`accepted suggestion ${suggestion.id}: recorded ${record.collection === 'votes' ? 'vote' : 'statement'} ${record.id} in the campaign workspace, citing ${record.record.sources.map((c) => c.sourceId).join(', ')}`);
  if (event) out(`accepted suggestion ${suggestion.id}: recorded ${event.id}${event.supersedes ? ` (corrects ${event.supersedes})` : ''}, citing ${event.sources.map((c) => c.sourceId).join(', ')}`);
}

/** `treatywatch reject <id> --reason "…"`: keeps the suggestion with the reason, so it does not come back. */
export async function rejectCommand(id: string, opts: { readonly reason?: string; readonly by?: string; readonly format: Format }): Promise<void> {
  if (opts.reason === undefined) throw new CliError('reason_required', 'say why: treatywatch reject <id> --reason "…" (the reason is kept, and the suggestion does not come back)', 'reason');
  const reason = opts.reason;
  const s = await withIngestStores(async (stores) => orFail(await rejectSuggestion(stores, id, reason, recorder(opts.by), new Date().toISOString())));
  if (opts.format === 'json') return printJson({ suggestion: s });
  out(`rejected suggestion ${s.id}: ${s.summary}`);
}

/** `field=value` pairs as an object; the same field twice is a mistake. */
function parseEdits(pairs: readonly string[]): Record<string, string> {
  const edits: Record<string, string> = {};
  for (const pair of pairs) {
    const m = /^([a-z_]+)=(.*)$/s.exec(pair);
    if (!m) throw new CliError('invalid_edit', `"${pair}" is not field=value, e.g. --edit date=2025-05-08`, 'edit');
    const [, field = '', value = ''] = m;
    if (field in edits) throw new CliError('invalid_edit', `${field} is edited twice`, 'edit');
    edits[field] = value;
  }
  return edits;
}

function parseStatus(text: string): SuggestionStatus {
  const s = SUGGESTION_STATUSES.find((x) => x === text);
  if (!s) throw new CliError('invalid_status', `"${text}" is not a review status: use ${SUGGESTION_STATUSES.join(', ')}`, 'status');
  return s;
}

function parseOrigin(text: string): SuggestionOrigin {
  if (text === 'document' || text === 'depositary') return text;
  throw new CliError('invalid_input', `"${text}" is not an origin: use document or depositary`, 'origin');
}

function clip(q: string): string {
  const one = q.replace(/\s+/g, ' ').trim();
  return one.length > 220 ? `${one.slice(0, 219)}…` : one;
}
