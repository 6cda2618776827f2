import type { Command } from 'commander';
import { type CommandKit, format } from './command-kit.js';

/** Registers the ingest commands: documents, search, the review queue, the depositary import. Command modules load lazily (cold start). */
export function registerIngestCommands(p: Command, { fmt, example }: CommandKit): void {
  example(fmt(p.command('ingest').argument('<paths...>', 'files or directories (.txt, .md, .html)')
    .option('--publisher <name>', 'who published the documents').option('--date <date>', 'publication date YYYY-MM-DD (else read from the page or its dateline)')
    .option('--url <url>', 'address of the document (one file)').option('--title <title>', 'title (one file; else its heading or first line)')
    .option('--kind <kind>', 'news, ngo, government, intergovernmental, depositary, … (default news)')
    .option('--skip-invalid', 'store the good files even if some are refused').option('--by <name>', 'who ingests (default $TREATYWATCH_USER or $USER)')
    .description('store documents as searchable text, de-duplicated by content, and suggest the events they report'), false),
  'treatywatch ingest ../shared/corpus --kind ngo')
    .action(async (paths: string[], o: Record<string, string | boolean | undefined>) => (await import('./commands/ingest.js')).ingestCommand(paths, { ...(o as object), format: format(o) }));

  example(fmt(p.command('search').argument('<query>', 'words, "a phrase", OR, -excluded')
    .option('--limit <n>', 'results per page (default 10, at most 100)').option('--offset <n>', 'skip this many results')
    .description('full-text search of the stored documents, with the matches marked'), false),
  'treatywatch search "Seimas vote"')
    .action(async (q: string, o: { limit?: string; offset?: string; json?: boolean }) => (await import('./commands/search.js')).searchCommand(q, { ...o, format: format(o) }));

  example(fmt(p.command('suggestions').option('--status <status>', 'pending (default), accepted or rejected').option('--origin <origin>', 'document or depositary').option('--document <id>', 'only those read from this document')
    .description('the review queue: events suggested from documents and from the depositary\'s page')),
  'treatywatch suggestions --status pending')
    .action(async (o: { status?: string; origin?: string; document?: string; json?: boolean; csv?: boolean }) => (await import('./commands/suggestions.js')).suggestionsCommand({ ...o, format: format(o) }));

  example(fmt(p.command('accept').argument('<id>', 'a suggestion id (treatywatch suggestions)').option('--edit <field=value...>', 'change a field first: date, kind, state, treaty, effect_date, quote, note, notification, publisher, source_title, source_url, source_date, yes, no, abstain, absent')
    .option('--by <name>', 'who accepts (default $TREATYWATCH_USER or $USER)').description('record a suggested event, citing its document, as you'), false),
  'treatywatch accept 3 --edit date=2025-05-08 --edit publisher="Euromaidan Press"')
    .action(async (id: string, o: { edit?: string[]; by?: string; json?: boolean }) => (await import('./commands/suggestions.js')).acceptCommand(id, { ...o, format: format(o) }));

  example(fmt(p.command('reject').argument('<id>', 'a suggestion id').option('--reason <reason>', 'why (kept; the suggestion does not come back)').option('--by <name>', 'who rejects')
    .description('reject a suggestion, keeping the reason'), false),
  'treatywatch reject 4 --reason "the vote was on the CCM, not the APMBC"')
    .action(async (id: string, o: { reason?: string; by?: string; json?: boolean }) => (await import('./commands/suggestions.js')).rejectCommand(id, { ...o, format: format(o) }));

  example(fmt(p.command('import-untc').argument('<page.html>', "a UN Treaty Collection status page, saved as published").option('--by <name>', 'who imports')
    .description("compare the depositary's status page with the record; each difference becomes a suggestion, never an overwrite"), false),
  'treatywatch import-untc XXVI-5.html')
    .action(async (f: string, o: { by?: string; json?: boolean }) => (await import('./commands/import-untc.js')).importUntcCommand(f, { ...o, format: format(o) }));

  example(fmt(p.command('sync').argument('[treaties...]', 'treaties to bring up to date (default: every treaty with a depositary page)')
    .option('--base-url <url>', 'the depositary\'s address (default $TREATYWATCH_UNTC_BASE, else https://treaties.un.org)')
    .option('--dry-run', 'fetch, read and compare, but write nothing').option('--timeout <seconds>', 'for each answer, body included (default 30)')
    .option('--retries <n>', 'further tries after a failure that may pass, with backoff 1 s, 2 s, … (default 2)').option('--by <name>', 'who syncs (default $TREATYWATCH_USER or $USER)')
    .description("fetch the depositary's status pages (conditionally), store each as a dated document, queue every difference for review (never an overwrite), and move the record's horizon on a clean import of a newer page")
    .addHelpText('after', '\nExit codes: 0 done (also when nothing is new), 1 internal error, 2 bad input, 3 the depositary could not be read (network, HTTP status, timeout, size, truncated body, content type), 4 a page was refused (its layout changed, or not a status page). The record is unchanged for every treaty not synced.'), false),
  'treatywatch sync apmbc ccm --dry-run')
    .action(async (t: string[], o: { baseUrl?: string; dryRun?: boolean; timeout?: string; retries?: string; by?: string; json?: boolean }) => (await import('./commands/sync.js')).syncCommand(t, { ...o, format: format(o) }));

  example(fmt(p.command('import-notification').argument('<file>', "a depositary notification's text (a \"C.N.\" notice), saved as text")
    .option('--url <url>', "the notice's address (e.g. its PDF at treaties.un.org)").option('--by <name>', 'who imports')
    .description('store a depositary notification as a document and queue the event it reports (who, which instrument, which date, its number) for review'), false),
  'treatywatch import-notification CN.362.2025.txt --url https://treaties.un.org/doc/Publication/CN/2025/CN.362.2025-Eng.pdf')
    .action(async (f: string, o: { url?: string; by?: string; json?: boolean }) => (await import('./commands/import-notification.js')).importNotificationCommand(f, { ...o, format: format(o) }));
}
