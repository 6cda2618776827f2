import { issueToken } from '../../api/issue-token.js';
import type { ApiToken, IdempotencyStore, TokenStore } from '../../store/api-store.js';
import { openApiStore } from '../../store/kysely-api-store.js';
import { openStore } from '../../store/open-store.js';
import { orFail } from '../cli-error.js';
import { storeEnv } from '../context.js';
import { type Column, type Format, out, printCsv, printJson, renderTable } from '../output.js';
import { io } from '../io.js';

async function withTokens<T>(fn: (tokens: TokenStore & IdempotencyStore) => Promise<T>): Promise<T> {
  const store = await openStore(storeEnv());
  try {
    return await fn(openApiStore(store));
  } finally {
    await store.close();
  }
}

/** `treatywatch token create --role editor|admin --name NAME`: prints the token once; only its hash is stored. */
export async function tokenCreateCommand(opts: { readonly role: string; readonly name: string; readonly format: Format }): Promise<void> {
  const by = io().env.TREATYWATCH_USER ?? io().env.USER ?? 'cli';
  const issued = orFail(await withTokens((t) => issueToken(t, { name: opts.name, role: opts.role }, by, new Date().toISOString())));
  if (opts.format === 'json') return printJson(issued);
  out(`Token ${issued.token.id} for ${issued.token.name} (${issued.token.role}):\n\n  ${issued.secret}\n`);
  out('It is shown this once: only its hash is stored. Clients send it as "Authorization: Bearer <token>"; every write made with it is recorded under the name above.');
}

/** `treatywatch token list`: every token (never the token itself), revoked ones included. */
export async function tokenListCommand(opts: { readonly format: Format }): Promise<void> {
  const tokens = await withTokens((t) => t.listTokens());
  if (opts.format === 'json') return printJson({ tokens });
  const columns: Column<ApiToken>[] = [
    { header: 'id', value: (t) => t.id },
    { header: 'name', value: (t) => t.name, flexible: true },
    { header: 'role', value: (t) => t.role },
    { header: 'created', value: (t) => t.createdAt.slice(0, 10) },
    { header: 'last used', value: (t) => t.lastUsedAt?.slice(0, 10) ?? '' },
    { header: 'revoked', value: (t) => t.revokedAt?.slice(0, 10) ?? '' },
  ];
  if (opts.format === 'csv') return printCsv(tokens, columns);
  out(tokens.length === 0 ? 'No tokens yet: treatywatch token create --role editor --name <who>' : renderTable(tokens, columns));
}

/** `treatywatch token revoke <id|name>`: the token is refused from now on (kept, marked revoked). */
export async function tokenRevokeCommand(idOrName: string, opts: { readonly format: Format }): Promise<void> {
  const token = orFail(await withTokens((t) => t.revokeToken(idOrName, new Date().toISOString())));
  if (opts.format === 'json') return printJson({ token });
  out(`revoked ${token.id} (${token.name}, ${token.role})`);
}
