import { recordEvents, type RawEvent } from '../../ingest/record-events.js';
import type { TreatyEvent } from '../../domain/event.js';
import { orFail } from '../cli-error.js';
import { today, withStore } from '../context.js';
import { type Format, out, printJson } from '../output.js';
import { io } from '../io.js';

/** Flags shared by `add-event` and `correct`, named as the columns of an import file. */
export interface EventFlags {
  readonly state?: string;
  readonly treaty?: string;
  readonly kind?: string;
  readonly date?: string;
  readonly effectDate?: string;
  readonly sourceUrl?: string;
  readonly sourceTitle?: string;
  readonly publisher?: string;
  readonly sourceDate?: string;
  readonly quote?: string;
  readonly note?: string;
  readonly notification?: string;
  readonly by?: string;
  readonly format: Format;
}

/** The flags as an input record (absent flags left out, so validation names what is missing). */
export function flagsToInput(f: EventFlags): Record<string, string> {
  const pairs: [string, string | undefined][] = [
    ['state', f.state], ['treaty', f.treaty], ['kind', f.kind], ['date', f.date], ['effect_date', f.effectDate],
    ['source_url', f.sourceUrl], ['source_title', f.sourceTitle], ['publisher', f.publisher], ['source_date', f.sourceDate],
    ['quote', f.quote], ['note', f.note], ['notification', f.notification],
  ];
  return Object.fromEntries(pairs.filter((p): p is [string, string] => p[1] !== undefined));
}

/** The recorder: --by, else TREATYWATCH_USER, else the login name. */
export function recorder(by?: string): string {
  return by ?? io().env.TREATYWATCH_USER ?? io().env.USER ?? 'cli';
}

/** Writes events and reports them. */
export async function writeEvents(raws: readonly RawEvent[], flags: { by?: string; format: Format }): Promise<TreatyEvent[]> {
  return withStore(async (store) => {
    const events = orFail(await recordEvents(store, raws, { recordedBy: recorder(flags.by), recordedAt: new Date().toISOString() }, today()));
    if (flags.format === 'json') printJson({ recorded: events });
    else for (const e of events) out(`recorded ${e.id}${e.supersedes ? ` (supersedes ${e.supersedes})` : ''}`);
    return events;
  });
}

/** `treatywatch add-event --state S --treaty T --kind K --date D --source-url U --source-title T --publisher P [--quote Q]`. */
export async function addEventCommand(flags: EventFlags): Promise<void> {
  await writeEvents([{ input: flagsToInput(flags) }], flags);
}

/** `treatywatch correct <event-id> …`: a new event superseding the old one, which stays readable. */
export async function correctCommand(eventId: string, flags: EventFlags): Promise<void> {
  await writeEvents([{ input: flagsToInput(flags), supersedes: eventId }], flags);
}
