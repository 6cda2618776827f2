import type { Command } from 'commander';
import type { CommandKit } from './command-kit.js';
import { format } from './command-kit.js';

/** Registers the commands that look across treaties (`matrix`, `departures`). Command modules load lazily: the CLI's cold start depends on it. */
export function registerTreatiesCommands(program: Command, kit: CommandKit): void {
  kit.example(kit.fmt(program.command('matrix')
    .option('--on <date>', 'date YYYY-MM-DD (default today)')
    .option('--treaties <list>', 'comma-separated treaty ids or names (default: every treaty that is not a protocol)')
    .option('--protocols', 'add the protocols joined separately (CCW Protocols) to the default list')
    .description('every state × every treaty on a date: each status, and each treaty\'s counts')), 'treatywatch matrix --on 2026-02-03 --csv > matrix.csv')
    .action(async (o: { on?: string; treaties?: string; protocols?: boolean; json?: boolean; csv?: boolean }) => (await import('./commands/matrix.js')).matrixCommand({ ...o, format: format(o) }));

  kit.example(kit.fmt(program.command('departures')
    .requiredOption('--since <date>', 'first date YYYY-MM-DD')
    .option('--until <date>', 'last date (default today)')
    .option('--treaties <list>', 'comma-separated treaty ids or names (default: all)')
    .description('who left, or stepped back from, a treaty: withdrawals, withdrawn ratifications, notices of intent not to become a party, "suspensions"')), 'treatywatch departures --since 2019-01-01')
    .action(async (o: { since: string; until?: string; treaties?: string; json?: boolean; csv?: boolean }) => (await import('./commands/departures.js')).departuresCommand({ ...o, format: format(o) }));
}
