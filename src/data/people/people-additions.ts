import { z } from 'zod';
import type { PeopleAdditions } from '../../domain/people/people-data.js';
import { type Result, err, ok } from '../../domain/result.js';
import { sourceSchema } from '../schemas.js';
import { type PeopleDataError, issueToError } from './people-data-error.js';
import * as s from './people-schemas.js';

/**
 * Records to add to the workspace, as the CLI's `import-people` and (later) the API accept them:
 * any of the collections, each a list; documents carry their text inline.
 */
export const peopleAdditionsSchema = z.strictObject({
  sources: z.array(sourceSchema).exactOptional(),
  documents: z.array(z.strictObject({ id: z.string().min(1), sourceId: z.string().min(1), text: z.string().min(1) })).exactOptional(),
  persons: z.array(s.personSchema).exactOptional(),
  organizations: z.array(s.organizationSchema).exactOptional(),
  posts: z.array(s.postSchema).exactOptional(),
  memberships: z.array(s.membershipSchema).exactOptional(),
  questions: z.array(s.questionSchema).exactOptional(),
  statements: z.array(s.statementSchema).exactOptional(),
  votes: z.array(s.voteSchema).exactOptional(),
  pipelineSteps: z.array(s.pipelineStepSchema).exactOptional(),
  engagements: z.array(s.engagementSchema).exactOptional(),
  spokespeople: z.array(s.spokespersonSchema).exactOptional(),
  monitorReports: z.array(s.monitorReportSchema).exactOptional(),
  casualtyFigures: z.array(s.casualtyFigureSchema).exactOptional(),
  figureClaims: z.array(s.figureClaimSchema).exactOptional(),
});

/** Validates the shape of additions (the references and rules are checked against the store when written). */
export function parsePeopleAdditions(input: unknown, file = 'input'): Result<PeopleAdditions, PeopleDataError> {
  const r = peopleAdditionsSchema.safeParse(input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  // Name the record by its collection: `engagements[0]` → file `input`, record `engagements#0`.
  const [collection, i, ...rest] = issue?.path ?? [];
  const base = issueToError(file, (input as Record<string, unknown> | null)?.[String(collection)], issue ? { ...issue, path: [i ?? 0, ...rest] } : undefined);
  return err({ ...base, ...(collection === undefined ? {} : { field: `${String(collection)}${base.record ? `[${base.record.replace(/^#/, '')}]` : ''}${base.field ? `.${base.field}` : ''}` }) });
}
