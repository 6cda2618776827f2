import { type Command, Option } from 'commander';
import { CliError } from './cli-error.js';
import type { CommandKit } from './command-kit.js';

/** Registers `check`. The command module is imported inside the action: the CLI's cold start depends on it. */
export function registerClaimsCommands(p: Command, { fmt, example }: CommandKit): void {
  const c = fmt(p.command('check').argument('<file>', 'a text file, or - to read standard input').option('--date <date>', "the text's date YYYY-MM-DD (default: its dateline, else today)")
    .description('find every checkable claim in a text and check it against the record as of the text’s date and today, with the evidence'), false);
  c.addOption(new Option('--claimreview', 'print schema.org ClaimReview JSON-LD'));
  c.addOption(new Option('--html', 'print an HTML report'));
  example(c, 'treatywatch check article.txt --date 2025-05-09').action(async (file: string, o: { date?: string; json?: boolean; claimreview?: boolean; html?: boolean }) => {
    const chosen = (['json', 'claimreview', 'html'] as const).filter((k) => o[k]);
    if (chosen.length > 1) throw new CliError('conflicting_flags', `choose one of --json, --claimreview and --html (got --${chosen.join(', --')})`, chosen[1]);
    await (await import('./commands/check.js')).checkCommand(file, { ...(o.date === undefined ? {} : { date: o.date }), format: chosen[0] ?? 'text' });
  });
}
