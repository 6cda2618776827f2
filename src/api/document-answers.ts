import { z } from 'zod';

// The answers of the document library and review queue routes (document-routes.ts).

const DocumentSummary = z.looseObject({
  id: z.string(), sha256: z.string(), title: z.string(), publisher: z.string().optional(), kind: z.string(), url: z.string().optional(),
  published: z.string().optional(), dateOrigin: z.string().optional(), format: z.string(), fileName: z.string().optional(), bytes: z.int(), chars: z.int(),
  ingestedBy: z.string(), ingestedAt: z.string(),
}).meta({ id: 'DocumentSummary' });

const Hit = z.strictObject({
  document: DocumentSummary,
  score: z.number(),
  snippet: z.string().meta({ description: 'a passage around the matches, as plain text' }),
  highlights: z.array(z.tuple([z.int(), z.int()])).meta({ description: 'where the matched words are in the snippet: [start, end) UTF-16 offsets' }),
  snippetHtml: z.string().meta({ description: 'the snippet as HTML: the text escaped, the matches in <mark>' }),
}).meta({ id: 'SearchHit' });

const Suggestion = z.looseObject({
  id: z.string(), key: z.string(), origin: z.enum(['document', 'depositary']), documentId: z.string().optional(), type: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected']), summary: z.string(), proposal: z.record(z.string(), z.unknown()), quote: z.string().optional(),
  span: z.strictObject({ start: z.int(), end: z.int() }).optional(), duplicateOf: z.string().optional().meta({ description: 'a recorded event that states the same fact' }),
  createdBy: z.string(), createdAt: z.string(),
  review: z.looseObject({ by: z.string(), at: z.string(), reason: z.string().optional(), edits: z.record(z.string(), z.string()).optional(), eventId: z.string().optional() }).optional(),
}).meta({ id: 'Suggestion' });

/** GET /v1/search. */
export const SearchAnswer = z.strictObject({ query: z.string(), total: z.int(), offset: z.int(), limit: z.int(), hits: z.array(Hit) });
/** GET /v1/documents. */
export const DocumentsAnswer = z.strictObject({ documents: z.array(DocumentSummary), total: z.int() });
/** GET /v1/documents/{id}. */
export const DocumentAnswer = z.strictObject({ document: DocumentSummary.extend({ body: z.string() }), suggestions: z.array(Suggestion) });
/** POST /v1/documents. */
export const IngestedAnswer = z.strictObject({ document: DocumentSummary, suggestions: z.array(Suggestion) });
/** GET /v1/suggestions. */
export const SuggestionsAnswer = z.strictObject({ status: z.string(), suggestions: z.array(Suggestion) });
/** POST /v1/suggestions/{id}/accept and /reject. */
export const ReviewedAnswer = z.strictObject({
  suggestion: Suggestion,
  event: z.looseObject({ id: z.string() }).optional().meta({ description: 'the event recorded (event suggestions)' }),
  statement: z.looseObject({ id: z.string() }).optional().meta({ description: 'the statement written to the campaign workspace' }),
  vote: z.looseObject({ id: z.string() }).optional().meta({ description: 'the vote written to the campaign workspace' }),
});

/** The body of POST /v1/documents: one document's text and what is known of it. */
export const IngestBody = z.strictObject({
  text: z.string().min(1).max(2_000_000).meta({ description: 'the document: plain text, Markdown or HTML (scripts are dropped; stored as text)' }),
  name: z.string().min(1).max(200).optional().meta({ description: 'a file name; its extension (.txt, .md, .html) says the format' }),
  format: z.enum(['text', 'markdown', 'html']).optional(),
  publisher: z.string().optional(), date: z.string().optional(), url: z.string().optional(), kind: z.string().optional(), title: z.string().optional(),
});

/** The body of POST /v1/suggestions/{id}/accept: the fields to change first (all optional). */
export const AcceptBody = z.strictObject({ edits: z.record(z.string(), z.union([z.string(), z.int()])).optional() });
/** The body of POST /v1/suggestions/{id}/reject. */
export const RejectBody = z.strictObject({ reason: z.string().min(1).max(2000) });

/** The body of POST /v1/notifications: a depositary notification's text. */
export const NotificationBody = z.strictObject({
  text: z.string().min(1).max(200_000).meta({ description: 'the notice as text, e.g. "Reference: C.N.362.2025.TREATIES-XXVI.5 (Depositary Notification) … LITHUANIA: WITHDRAWAL …"' }),
  url: z.string().max(2000).optional().meta({ description: "the notice's address (its PDF at treaties.un.org)" }),
});

/** POST /v1/notifications. */
export const NotificationAnswer = z.strictObject({
  notification: z.looseObject({
    symbol: z.string(), reference: z.string(), treatyId: z.string(), iso3: z.string(), heading: z.string(), action: z.string(), date: z.string(),
    effect: z.string().optional(), notificationDate: z.string().optional(), quote: z.string(),
  }).meta({ id: 'DepositaryNotification' }),
  document: DocumentSummary,
  duplicate: z.boolean().meta({ description: 'the same text was stored before' }),
  suggestion: Suggestion.meta({ description: 'the event suggested (or queued before under the same fact: see its status)' }),
});
