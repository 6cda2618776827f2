import { type Result, domainError, err, ok } from '../domain/result.js';
import type { ApiDb, ApiTables, TokenRow } from './api-schema.js';
import { type ApiToken, type IdempotencyClaim, type IdempotencyStore, type NewToken, TOKEN_ROLES, type TokenRole, type TokenStore } from './api-store.js';
import type { KyselyStore } from './kysely-store.js';

/** The API's tokens and idempotency keys over the store's own database (SQLite or PostgreSQL). */
export function openApiStore(store: Pick<KyselyStore, 'db' | 'dialect'>): TokenStore & IdempotencyStore {
  return new KyselyApiStore(store.db.withTables<ApiTables>(), (error) => store.dialect.uniqueViolation(error));
}

class KyselyApiStore implements TokenStore, IdempotencyStore {
  constructor(
    private readonly db: ApiDb,
    private readonly uniqueViolation: (error: unknown) => string | undefined,
  ) {}

  async createToken(t: NewToken): Promise<Result<ApiToken>> {
    const taken = await this.db.selectFrom('api_tokens').select('id').where('name', '=', t.name).where('revoked_at', 'is', null).executeTakeFirst();
    if (taken) return err(nameTaken(t.name));
    const row: TokenRow = { id: t.id, name: t.name, role: t.role, token_hash: t.tokenHash, created_at: t.createdAt, created_by: t.createdBy, revoked_at: null, last_used_at: null };
    try {
      await this.db.insertInto('api_tokens').values(row).execute();
    } catch (error) {
      // Two creations of one name at the same moment: the partial unique index decides.
      if (this.uniqueViolation(error) !== undefined) return err(nameTaken(t.name));
      throw error;
    }
    return ok(rowToToken(row));
  }

  async findTokenByHash(tokenHash: string): Promise<ApiToken | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && rowToToken(row);
  }

  async listTokens(): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map(rowToToken);
  }

  async revokeToken(idOrName: string, at: string): Promise<Result<ApiToken>> {
    return this.db.transaction().execute(async (trx): Promise<Result<ApiToken>> => {
      const byId = await trx.selectFrom('api_tokens').selectAll().where('id', '=', idOrName).executeTakeFirst();
      const row = byId ?? (await trx.selectFrom('api_tokens').selectAll().where('name', '=', idOrName).where('revoked_at', 'is', null).executeTakeFirst());
      if (!row) return err(domainError('unknown_token', `no live token has the id or name "${idOrName}": see \`treatywatch token list\``, 'token'));
      if (row.revoked_at !== null) return err(domainError('already_revoked', `token ${row.id} (${row.name}) was revoked on ${row.revoked_at}`, 'token'));
      await trx.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', row.id).execute();
      return ok(rowToToken({ ...row, revoked_at: at }));
    });
  }

  async touchToken(id: string, at: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  async claim(scope: string, key: string, requestHash: string, at: string, expiredBefore: string): Promise<IdempotencyClaim> {
    await this.db.deleteFrom('api_idempotency').where('created_at', '<', expiredBefore).execute();
    // Insert-or-nothing is atomic in both engines: of two requests racing with one key, one claims it.
    const inserted = await this.db
      .insertInto('api_idempotency')
      .values({ scope, key, request_hash: requestHash, status: null, body: null, created_at: at })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'claimed' };
    const row = await this.db.selectFrom('api_idempotency').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
    if (!row) return this.claim(scope, key, requestHash, at, expiredBefore);
    if (row.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.status === null || row.body === null) return { kind: 'in_progress' };
    return { kind: 'replay', status: row.status, body: row.body };
  }

  async complete(scope: string, key: string, status: number, body: string): Promise<void> {
    await this.db.updateTable('api_idempotency').set({ status, body }).where('scope', '=', scope).where('key', '=', key).execute();
  }

  async release(scope: string, key: string): Promise<void> {
    await this.db.deleteFrom('api_idempotency').where('scope', '=', scope).where('key', '=', key).where('status', 'is', null).execute();
  }
}

function rowToToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: TOKEN_ROLES.find((x): x is TokenRole => x === r.role) ?? 'editor',
    createdAt: r.created_at,
    createdBy: r.created_by,
    ...(r.revoked_at === null ? {} : { revokedAt: r.revoked_at }),
    ...(r.last_used_at === null ? {} : { lastUsedAt: r.last_used_at }),
  };
}

function nameTaken(name: string) {
  return domainError('duplicate_token_name', `a live token is named "${name}" already: revoke it first, or choose another name`, 'name');
}
