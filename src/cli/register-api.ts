import type { Command } from 'commander';
import { format, type CommandKit } from './command-kit.js';

/** Registers `serve` and `token …`. Command modules are imported lazily inside actions: the CLI's cold start depends on it. */
export function registerApiCommands(program: Command, kit: CommandKit): void {
  // The server is loaded from the compiled tree next to this file's folder (dist/api), from the
  // bundle (dist/bundle) and from dist/cli alike: both sit one level below dist/.
  const serverModule = new URL('../api/start-server.js', import.meta.url);
  kit.example(program.command('serve')
    .description('serve the HTTP API (/v1), its reference (/docs), Atom feeds (/feeds), exports and the web app')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0: any free port)', '8080')
    .option('--log-level <level>', 'request log on stdout: fatal, error, warn, info, debug, trace or silent', 'info')
    .option('--trust-proxy', 'trust X-Forwarded-For/-Proto from a proxy in front')
    .option('--sync-every <duration>', 'also run `treatywatch sync` (every treaty) now and then every 30m, 24h, 7d, … (uses the network: the depositary, or $TREATYWATCH_UNTC_BASE)'), 'treatywatch serve --port 8080 --sync-every 24h')
    .action(async (o: { host: string; port: string; logLevel: string; trustProxy?: boolean; syncEvery?: string }) => (await import('./commands/serve.js')).serveCommand(serverModule, o));

  const token = program.command('token').description('bearer tokens for the API: editors record and correct events, admins also manage tokens');
  kit.example(kit.fmt(token.command('create').requiredOption('--role <role>', 'editor or admin').requiredOption('--name <name>', 'who holds it: their writes are recorded under this name')
    .description('make a token: it is printed once; only its hash is stored'), false), 'treatywatch token create --role editor --name "Jane Doe"')
    .action(async (o: { role: string; name: string; json?: boolean }) => (await import('./commands/token.js')).tokenCreateCommand({ ...o, format: format(o) }));
  kit.example(kit.fmt(token.command('list').description('every token (never the token itself), revoked ones included')), 'treatywatch token list')
    .action(async (o: { json?: boolean; csv?: boolean }) => (await import('./commands/token.js')).tokenListCommand({ format: format(o) }));
  kit.example(kit.fmt(token.command('revoke').argument('<id|name>', 'token id (tok_…) or the name of a live token').description('revoke a token: refused from now on, kept in the list'), false), 'treatywatch token revoke tok_3f2a9c1b7d40')
    .action(async (id: string, o: { json?: boolean }) => (await import('./commands/token.js')).tokenRevokeCommand(id, { format: format(o) }));
}
