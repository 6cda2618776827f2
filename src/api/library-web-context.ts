import { openDocumentStore } from '../store/kysely-document-store.js';
import { peopleStoreOf } from '../store/kysely-people-store.js';
import type { KyselyStore } from '../store/kysely-store.js';
import { openSuggestionStore } from '../store/kysely-suggestion-store.js';
import type { LibraryWebContext } from '../web/library-pages.js';
import type { ApiContext } from './api-context.js';
import { hashToken } from './token-secret.js';

/** What the library and review pages get from the server: its stores, and the same token check as the API's writes. */
export function libraryWebContext(store: KyselyStore, ctx: ApiContext): LibraryWebContext {
  return {
    stores: () => ({ record: store, documents: openDocumentStore(store), suggestions: openSuggestionStore(store), people: peopleStoreOf(store) }),
    editorNamed: async (secret) => {
      if (!/^[\x21-\x7e]{1,512}$/.test(secret)) return undefined;
      const token = await ctx.api.findTokenByHash(hashToken(secret));
      if (token === undefined || token.revokedAt !== undefined) return undefined;
      await ctx.api.touchToken(token.id, ctx.now().toISOString());
      return token.name;
    },
    now: ctx.now,
    recordChanged: async () => {
      await ctx.record.refresh();
    },
  };
}
