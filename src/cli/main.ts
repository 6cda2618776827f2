import { Command, CommanderError, Option } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import { type CommandKit, format } from './command-kit.js';
import { type CliIo, colorsOn, io, processIo, withIo } from './io.js';
import { registerApiCommands } from './register-api.js';
import { registerClaimsCommands } from './register-claims.js';
import { registerIngestCommands } from './register-ingest.js';
import { registerPeopleCommands } from './register-people.js';
import { registerTreatiesCommands } from './register-treaties.js';
import { registerWebCommands } from './register-web.js';

/** The `treatywatch` command: thin wrappers that parse flags, call the engine and print. */
function program(): Command {
  const p = new Command('treatywatch')
    .description('Who is in, who is out, since when — and who says so.\nStates and the disarmament treaties at the UN depositary — first the Mine Ban Convention (apmbc) and the Convention on Cluster Munitions (ccm), then enmod, ccw (and its protocols), cwc, ctbt, att and tpnw — every fact with its source.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    // Help and usage errors go to the run's own output (inherited by every subcommand added below).
    .configureOutput({
      writeOut: (text) => io().stdout.write(text),
      writeErr: (text) => io().stderr.write(text),
      getOutHelpWidth: () => io().stdout.columns ?? 80,
      getErrHelpWidth: () => io().stderr.columns ?? 80,
      getOutHasColors: () => colorsOn(io().stdout),
      getErrHasColors: () => colorsOn(io().stderr),
    });
  const fmt = (c: Command, csv = true): Command => {
    c.addOption(new Option('--json', 'print JSON'));
    if (csv) c.addOption(new Option('--csv', 'print CSV'));
    return c;
  };
  const example = (c: Command, text: string): Command => c.addHelpText('after', `\nExample:\n  ${text}`);
  const kit: CommandKit = { fmt, example };

  example(fmt(p.command('status').argument('<treaty>', 'apmbc, ccm or any name in use').option('--on <date>', 'date YYYY-MM-DD (default today)').option('--only <status>', 'list only states with this status')
    .description("every state's status on a date, since when, on whose word, and the counts")), 'treatywatch status apmbc --on 2025-03-26')
    .action(async (t: string, o: { on?: string; only?: string; json?: boolean; csv?: boolean }) => (await import('./commands/status.js')).statusCommand(t, { ...o, format: format(o) }));

  example(fmt(p.command('state').argument('<name>', 'a code (LTU, LT) or any name ("Lithuania", "U.S.")').option('--treaty <treaty>', 'only this treaty').option('--on <date>', 'as of this date (default today)')
    .description("a state's timeline with sources, status, deadlines and groups"), false), 'treatywatch state Lithuania')
    .action(async (n: string, o: { treaty?: string; on?: string; json?: boolean }) => (await import('./commands/state.js')).stateCommand(n, { ...o, format: format(o) }));

  example(fmt(p.command('obligations').argument('<treaty>', 'apmbc, ccm or any name in use').option('--on <date>', 'date YYYY-MM-DD (default today)').option('--article <n>', 'only the deadlines of this article (4, 5, 7 …)').option('--all', 'every State Party, also those the record holds nothing for (unknown)')
    .description("each State Party's obligations: original deadline, extensions, current deadline, status (met, missed, no obligation, pending, unknown), since, sources")), 'treatywatch obligations apmbc --article 5')
    .action(async (t: string, o: { on?: string; article?: string; all?: boolean; json?: boolean; csv?: boolean }) => (await import('./commands/obligations.js')).obligationsCommand(t, { ...o, format: format(o) }));

  example(fmt(p.command('series').argument('<treaty>').option('--from <date>', 'first date (default: opened for signature)').option('--to <date>', 'last date (default today)').option('--every <step>', 'day, month or year', 'year')
    .description('counts of States Parties over time, under both conventions')), 'treatywatch series apmbc --from 1997-12-03 --to 2026-12-31 --every year')
    .action(async (t: string, o: { from?: string; to?: string; every: string; json?: boolean; csv?: boolean }) => (await import('./commands/series.js')).seriesCommand(t, { ...o, format: format(o) }));

  example(fmt(p.command('pending').argument('<treaty>').option('--on <date>', 'date (default today)')
    .description('changes set in motion on a date (entries into force, withdrawals) and when they take effect')), 'treatywatch pending apmbc --on 2025-09-01')
    .action(async (t: string, o: { on?: string; json?: boolean; csv?: boolean }) => (await import('./commands/pending.js')).pendingCommand(t, { ...o, format: format(o) }));

  example(fmt(p.command('group').argument('<group>', 'eu or nato').argument('<treaty>').option('--on <date>', 'date (default today)')
    .description("a group's members on a date and their status under a treaty")), 'treatywatch group nato apmbc --on 2026-11-23')
    .action(async (g: string, t: string, o: { on?: string; json?: boolean; csv?: boolean }) => (await import('./commands/group.js')).groupCommand(g, t, { ...o, format: format(o) }));

  const eventFlags = (c: Command, required: boolean): Command => {
    const opt = (flags: string, desc: string) => (required ? c.option(flags, desc) : c.option(flags, desc));
    opt('--state <state>', 'state code or name');
    opt('--treaty <treaty>', 'treaty id or name');
    opt('--kind <kind>', 'signature, ratification, accession, acceptance, approval, succession, withdrawal, suspension_notice, …');
    opt('--date <date>', 'YYYY-MM-DD (or YYYY-MM / YYYY when the source gives no day)');
    c.option('--effect-date <date>', 'the effect date a source states (for a succession: in force from)');
    c.option('--source-url <url>', 'address of the source (required)').option('--source-title <title>', 'title of the source (required)').option('--publisher <publisher>', 'publisher of the source (required)');
    c.option('--source-date <date>', 'publication date of the source').option('--quote <quote>', 'the passage that states the fact').option('--note <note>', 'a note').option('--notification <number>', 'depositary notification number, e.g. C.N.362.2025');
    c.option('--by <name>', 'who records this (default $TREATYWATCH_USER or $USER)');
    return fmt(c, false);
  };
  example(eventFlags(p.command('add-event').description('record an event, validated against the rules, with its source'), true),
    'treatywatch add-event --state Lebanon --treaty apmbc --kind government_decision --date 2026-01-12 --source-url https://nhrclb.org/en?p=4309 --source-title "Decree 2281" --publisher "NHRC Lebanon"')
    .action(async (o: Record<string, string | boolean | undefined>) => (await import('./commands/add-event.js')).addEventCommand({ ...(o as object), format: format(o) }));
  example(eventFlags(p.command('correct').argument('<event-id>').description('correct an event: a new event supersedes it; the old one stays readable'), false),
    'treatywatch correct apmbc-PLW-accession --date 2007-11-18 --source-url https://example.org/x --source-title "…" --publisher "…"')
    .action(async (id: string, o: Record<string, string | boolean | undefined>) => (await import('./commands/add-event.js')).correctCommand(id, { ...(o as object), format: format(o) }));

  example(fmt(p.command('import').argument('<file>', '.csv (columns as add-event flags) or .json').option('--by <name>', 'who records this').description('record many events from a file: all or nothing'), false),
    'treatywatch import events.csv')
    .action(async (f: string, o: { by?: string; json?: boolean }) => (await import('./commands/import.js')).importCommand(f, { ...o, format: format(o) }));
  example(p.command('export').option('--format <format>', 'json or csv', 'json').option('--out <file>', 'write to a file instead of stdout').description('export the whole event log with its sources'),
    'treatywatch export --format csv --out events.csv')
    .action(async (o: { format: string; out?: string }) => (await import('./commands/export.js')).exportCommand(o));
  example(fmt(p.command('init').description('create the database and load the shipped dataset (safe to run again)'), false), 'TREATYWATCH_DB=./tw.db treatywatch init')
    .action(async (o: { json?: boolean }) => (await import('./commands/init.js')).initCommand({ format: format(o) }));
  // Each area registers its own commands (one file each), so that areas grow without touching this file.
  for (const register of [registerApiCommands, registerClaimsCommands, registerIngestCommands, registerPeopleCommands, registerTreatiesCommands, registerWebCommands]) register(p, kit);
  return p;
}

/** Runs the CLI with `argv` (the arguments after the program's name) on `cliIo`, and returns the exit code. */
export async function main(argv: readonly string[], cliIo: CliIo = processIo()): Promise<number> {
  return withIo(cliIo, async () => {
    try {
      // A new program each run: commander keeps the parsed options on its commands.
      await program().parseAsync(argv, { from: 'user' });
      return EXIT.ok;
    } catch (e) {
      return report(e, argv.includes('--json'));
    }
  });
}

function report(e: unknown, json: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
    return EXIT.badInput;
  }
  const stderr = io().stderr;
  if (e instanceof CliError) {
    if (json) stderr.write(`${JSON.stringify({ error: { code: e.code, field: e.field ?? null, message: e.message } })}\n`);
    else stderr.write(`treatywatch: error [${e.code}]${e.field ? ` (${e.field})` : ''}: ${e.message}\n`);
    return e.exitCode;
  }
  stderr.write(`treatywatch: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.internal;
}
