import type { FastifyInstance } from 'fastify';
import { importNotification } from '../../ingest/notification/import-notification.js';
import { openDocumentStore } from '../../store/kysely-document-store.js';
import { openSuggestionStore } from '../../store/kysely-suggestion-store.js';
import type { ApiContext } from '../api-context.js';
import { authRoute } from '../auth-route.js';
import { NotificationAnswer, NotificationBody } from '../document-answers.js';
import { HttpError } from '../http-error.js';
import { z } from 'zod';

/** POST /v1/notifications: a depositary notification's text, stored and its event queued for review. */
export function notificationRoutes(app: FastifyInstance, ctx: ApiContext): void {
  authRoute(app, ctx, {
    method: 'POST', path: '/v1/notifications', operationId: 'importNotification', tag: 'documents', role: 'editor', status: 201,
    summary: 'Import a depositary notification ("C.N." notice): stored as a document, its event queued for review',
    description: 'Like `treatywatch import-notification`. Reads the notification number, the treaty (by its chapter number), the heading "STATE: ACTION", the date the action was effected, the effect date and the notice\'s date. A text that is not a notice answers 400 `not_a_notification`; a communication or reservation 400 `unknown_action`. Nothing is written to the record: the suggestion is accepted or rejected like any other.',
    params: z.strictObject({}), body: NotificationBody, response: NotificationAnswer, errors: [400, 401, 403, 413, 415, 429],
    handle: async ({ body, token }) => {
      const parsed = NotificationBody.safeParse(body ?? undefined);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.map(String).join('.') || '(body)';
        throw new HttpError(400, 'invalid_input', issue?.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : `${field}: ${issue?.message ?? 'is invalid'}`, field);
      }
      const stores = { record: ctx.store, documents: openDocumentStore(ctx.store), suggestions: openSuggestionStore(ctx.store) };
      const done = await importNotification(stores, parsed.data.text, { url: parsed.data.url }, { by: token.name, at: ctx.now().toISOString() });
      if (!done.ok) throw HttpError.fromDomain(done.error);
      const suggestion = done.value.suggestions.added[0] ?? done.value.suggestions.known[0];
      const status = done.value.suggestions.added.length > 0 ? 201 : 200;
      return { status, value: { notification: done.value.notification, document: done.value.document, duplicate: done.value.duplicate, suggestion }, headers: { location: `/v1/documents/${done.value.document.id}` } };
    },
  });
}
