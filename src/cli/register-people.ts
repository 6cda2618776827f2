import type { Command } from 'commander';
import { type CommandKit, format } from './command-kit.js';

type Opts = Record<string, string | string[] | boolean | undefined>;
const list = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * The campaign workspace: people and offices, statements, votes, the withdrawal pipeline, the
 * campaign log, spokespeople, Monitor figures, and the generated media pack, letter and briefing.
 * Command modules are imported inside each action: the CLI's cold start depends on it.
 */
export function registerPeopleCommands(p: Command, { fmt, example }: CommandKit): void {
  example(fmt(p.command('person').argument('<name>', 'a name or spelling in use ("Paluckas", "Šakalienė", "Zelensky")').option('--on <date>', 'as of this date (default today)')
    .description('who a person is: the posts they held and when, what they said, as whom they speak'), false), 'treatywatch person Paluckas --on 2025-01-17')
    .action(async (n: string, o: Opts) => (await import('./commands/people-person.js')).personCommand(n, { ...pick(o, 'on'), format: format(o) }));

  example(fmt(p.command('statements').argument('<state>').option('--treaty <treaty>', 'only on this treaty').option('--on <date>', 'only what had been said by this date')
    .description("a state's positions timeline: who said what about withdrawing, when, with the quote and its source")), 'treatywatch statements Lithuania --treaty apmbc')
    .action(async (s: string, o: Opts) => (await import('./commands/people-statements.js')).statementsCommand(s, { ...pick(o, 'treaty', 'on'), format: format(o) }));

  example(fmt(p.command('votes').argument('<state>').option('--treaty <treaty>', 'only on this treaty')
    .description("a state's parliamentary votes: counts, the majority the rule requires, the derived result, and where sources differ")), 'treatywatch votes Lithuania')
    .action(async (s: string, o: Opts) => (await import('./commands/people-votes.js')).votesCommand(s, { ...pick(o, 'treaty'), format: format(o) }));

  example(fmt(p.command('pipeline').argument('<treaty>').option('--on <date>', 'date (default today)')
    .description('the withdrawal pipeline: each state in a withdrawal process and the stage reached on the date, with dates and sources')), 'treatywatch pipeline apmbc --on 2025-05-08')
    .action(async (t: string, o: Opts) => (await import('./commands/people-pipeline.js')).pipelineCommand(t, { ...pick(o, 'on'), format: format(o) }));

  example(fmt(p.command('spokespeople').option('--language <language>', 'a language name or code (Polish, pl)').option('--place <place>', 'where they are (Vilnius)').option('--on <date>', 'on this day')
    .description('who can speak to the media, in which languages, where and when')), 'treatywatch spokespeople --language Polish --place Vilnius --on 2025-04-01')
    .action(async (o: Opts) => (await import('./commands/people-spokespeople.js')).spokespeopleCommand({ ...pick(o, 'language', 'place', 'on'), format: format(o) }));

  example(fmt(p.command('engagements').option('--state <state>', 'only entries about this state')
    .description('the campaign log: letters, meeting requests, meetings, visits, press releases and media packs, with replies and follow-ups')), 'treatywatch engagements --state Lithuania')
    .action(async (o: Opts) => (await import('./commands/people-engagements.js')).engagementsCommand({ ...pick(o, 'state'), format: format(o) }));

  example(fmt(p.command('add-engagement').description('log an engagement; a post (--to "Prime Minister of Lithuania") resolves to its holder on the date')
    .option('--kind <kinds>', 'letter, meeting_request, meeting, visit, press_release, media_pack (comma-separated)').option('--date <date>', 'YYYY-MM-DD')
    .option('--from <party>', 'a person, post or organisation (repeatable)', list).option('--to <party>', 'a post, person or organisation (repeatable)', list).option('--cc <party>', 'copied (repeatable)', list)
    .option('--state <state>', 'the state it concerns').option('--place <place>', 'where').option('--summary <text>', 'one line on what it was').option('--status <status>', 'done or planned', 'done')
    .option('--id <id>', 'an id of your own').option('--source-url <url>', 'the document or record (required)').option('--source-title <title>', 'its title').option('--publisher <publisher>', 'who published it')
    .option('--by <name>', 'who records this'), false),
  'treatywatch add-engagement --kind letter --date 2025-10-01 --from "Tamar Gabelnick" --to "Prime Minister of Lithuania" --state LTU --summary "Follow-up letter" --source-url https://example.org/letter --source-title "Letter" --publisher ICBL')
    .action(async (o: Opts) => (await import('./commands/people-write.js')).addEngagementCommand({
      ...pick(o, 'kind', 'date', 'state', 'place', 'summary', 'status', 'id', 'sourceUrl', 'sourceTitle', 'publisher', 'by'),
      ...(Array.isArray(o.from) ? { from: o.from } : {}), ...(Array.isArray(o.to) ? { to: o.to } : {}), ...(Array.isArray(o.cc) ? { cc: o.cc } : {}), format: format(o),
    }));

  example(fmt(p.command('import-people').argument('<file>', 'a JSON file: { "persons": [...], "memberships": [...], "statements": [...], "votes": [...], "engagements": [...], … }')
    .description('add workspace records from a file, checked against the record: all or nothing'), false), 'treatywatch import-people additions.json')
    .action(async (f: string, o: Opts) => (await import('./commands/people-write.js')).importPeopleCommand(f, { format: format(o) }));

  example(fmt(p.command('casualties').option('--on <date>', 'the figures out by this date (default today)')
    .description("the Landmine Monitor's casualty figures per year, each share with what it is a share of, and documents' figures checked against them")), 'treatywatch casualties --on 2025-03-26')
    .action(async (o: Opts) => (await import('./commands/people-casualties.js')).casualtiesCommand({ ...pick(o, 'on'), format: format(o) }));

  const report = (c: Command): Command => fmt(c.option('--on <date>', 'facts as of this date (default today)').option('--format <format>', 'md, html or pdf', 'md').option('--out <file>', 'write to a file (a PDF defaults to ./<name>.pdf)'), false);
  example(report(p.command('media-pack').argument('<state>').option('--treaty <treaty>', 'the treaty (default apmbc)')
    .description('a media pack with live, footnoted facts: press release skeleton, key facts, timeline, quotes, spokespeople, media contact')), 'treatywatch media-pack LTU --on 2025-03-26 --format html --out pack.html')
    .action(async (s: string, o: Opts) => (await import('./commands/reports-media-pack.js')).mediaPackCommand(s, { ...pick(o, 'on', 'treaty', 'format', 'out'), ...(o.json ? { json: true } : {}) }));
  example(report(p.command('letter').option('--to <post>', 'the post written to; resolved to its holder on the date').option('--cc <post>', 'a post to copy (repeatable; default the Geneva Permanent Representative)', list)
    .option('--from <person>', 'the signatory (default the ICBL-CMC Director on the date)').option('--treaty <treaty>', 'the treaty (default apmbc)')
    .description('a letter draft to whoever holds the post on the date, with a CC line and footnoted facts')), 'treatywatch letter --to "Prime Minister of Lithuania" --on 2025-01-17 --format md')
    .action(async (o: Opts) => (await import('./commands/reports-letter.js')).letterCommand({ ...pick(o, 'to', 'on', 'from', 'treaty', 'format', 'out'), ...(Array.isArray(o.cc) ? { cc: o.cc } : {}), ...(o.json ? { json: true } : {}) }));
  example(report(p.command('briefing').argument('<state>')
    .description('a briefing note and country profile: standing, pipeline, votes, office holders, positions, campaign log, Monitor figures with a chart')), 'treatywatch briefing Lithuania --format pdf --out lithuania.pdf')
    .action(async (s: string, o: Opts) => (await import('./commands/reports-briefing.js')).briefingCommand(s, { ...pick(o, 'on', 'format', 'out'), ...(o.json ? { json: true } : {}) }));
}

function pick(o: Opts, ...keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}
