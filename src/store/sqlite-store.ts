import Database from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  SqliteAdapter,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type TransactionSettings,
} from 'kysely';
import { KyselyStore } from './kysely-store.js';
import type { StoreDialect } from './store-dialect.js';

/** Opens (creating if need be) a SQLite store at `path`, in WAL mode with foreign keys enforced. Call migrate() before use. */
export function openSqliteStore(path: string): KyselyStore {
  return new KyselyStore(sqliteStoreDialect(path));
}

/** The SQLite capabilities: better-sqlite3 through Kysely, with write transactions that lock up front. */
export function sqliteStoreDialect(path: string): StoreDialect {
  const database = new Database(path, { timeout: 5000 });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return {
    name: 'sqlite',
    kysely: new LockingSqliteDialect({ database }),
    prepare: () => Promise.resolve(),
    uniqueViolation,
  };
}

// better-sqlite3 says `UNIQUE constraint failed: events.supersedes` (primary keys too).
function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined;
  if (error.code !== 'SQLITE_CONSTRAINT_UNIQUE' && error.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return undefined;
  return /constraint failed: (\S+)/.exec(error.message)?.[1];
}

/**
 * Kysely's SQLite dialect with two changes. Write transactions begin IMMEDIATE: a deferred one that
 * reads before it writes fails with SQLITE_BUSY_SNAPSHOT when another process wrote in between,
 * whereas IMMEDIATE waits its turn (busy timeout). And DDL runs in transactions (SQLite allows it),
 * so a migration applies whole or not at all and two processes cannot migrate at once.
 */
class LockingSqliteDialect implements Dialect {
  constructor(private readonly config: SqliteDialectConfig) {}
  createDriver(): Driver {
    return new LockingSqliteDriver(this.config);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new TransactionalDdlSqliteAdapter();
  }
  createIntrospector(db: ConstructorParameters<typeof SqliteIntrospector>[0]) {
    return new SqliteIntrospector(db);
  }
}

class LockingSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    // Readers take a snapshot without blocking writers (WAL); everything else takes the write lock now.
    const begin = settings?.accessMode === 'read only' ? 'begin' : 'begin immediate';
    await connection.executeQuery(CompiledQuery.raw(begin));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
