import type { Command } from 'commander';
import { type CommandKit, format } from './command-kit.js';

/** Registers the web commands. Import command modules lazily inside actions: the CLI's cold start depends on it. */
export function registerWebCommands(program: Command, kit: CommandKit): void {
  kit.example(kit.fmt(program.command('export-site').argument('<dir>', 'folder to write (new, empty, or a previous export)').option('--on <date>', 'the date the pages show (default today)')
    .description('write the public web site (pages, slider data, assets) as static files for any static host'), false), 'treatywatch export-site ./site && python3 -m http.server -d ./site 8080')
    .action(async (dir: string, o: { on?: string; json?: boolean }) => (await import('./commands/export-site.js')).exportSiteCommand(dir, { ...o, format: format(o) }));
}
