import type { Command } from 'commander';
import type { CommandKit } from './command-kit.js';

/** Registers the api commands (none yet). Import command modules lazily inside actions: the CLI's cold start depends on it. */
export function registerApiCommands(_program: Command, _kit: CommandKit): void {
  // Filled in by the api work.
}
