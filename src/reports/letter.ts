import type { IsoDate } from '../domain/calendar-date.js';
import { type HolderOn, holderOn, postsHeldOn } from '../domain/people/office-holders.js';
import type { PeopleRecord } from '../domain/people/people-record.js';
import type { RecordIndex } from '../domain/record-index.js';
import { type DomainError, type Result, domainError, err, ok } from '../domain/result.js';
import { casualtySentence } from './casualty-facts.js';
import { stageSentence } from './media-pack.js';
import { type ReportContext, notesOf } from './report-context.js';
import { type Block, type Inline, type ReportDoc, cite, longDate } from './report-doc.js';
import { countsSentence, horizonCallout, statusFacts } from './status-facts.js';
import { pipelineFacts } from './workspace-facts.js';

/** Who a letter goes to and from, and on what. */
export interface LetterOptions {
  readonly toPostId: string;
  readonly on: IsoDate;
  readonly treatyId: string;
  /** Posts to copy in; default the addressee state's Permanent Representative in Geneva, where the record has the post. */
  readonly ccPostIds?: readonly string[];
  /** The signatory; default whoever directs the ICBL-CMC on the date. */
  readonly fromPersonId?: string;
}

/** A letter draft, with the people it was resolved to (for the caller to show or check). */
export interface LetterDraft {
  readonly doc: ReportDoc;
  readonly addressee: HolderOn;
  readonly cc: readonly HolderOn[];
}

/**
 * A letter draft addressed to whoever holds the post on the date (the Prime Minister of Lithuania
 * is Paluckas on 2025-01-17 and Ruginienė on 2025-10-01), with a CC line, live facts footnoted.
 * Fails with `post_vacant` when the record names nobody in the post that day.
 */
export function letterDraft(index: RecordIndex, people: PeopleRecord, o: LetterOptions): Result<LetterDraft, DomainError> {
  const to = holderOn(people, o.toPostId, o.on);
  if (!to) return err(domainError('unknown_post', `no post has the id ${o.toPostId}`, 'to'));
  if (!to.person || !to.membership) return err(domainError('post_vacant', `nobody in the record holds ${to.post.label} on ${o.on}: choose another date or post, or record the holder`, 'to'));
  const ctx: ReportContext = { index, people, on: o.on };
  const iso3 = to.post.iso3;
  const state = iso3 === undefined ? undefined : index.states.get(iso3);
  const ccIds = o.ccPostIds ?? people.data.posts.filter((p) => p.iso3 === iso3 && p.id.endsWith('permanent-representative-geneva')).map((p) => p.id);
  const cc = ccIds.map((id) => holderOn(people, id, o.on)).filter((h): h is HolderOn => h !== undefined);
  const sender = o.fromPersonId ?? holderOn(people, 'icbl-cmc-director', o.on)?.person?.id;
  const senderPost = sender === undefined ? undefined : postsHeldOn(people, sender, o.on)[0];
  const senderOrg = senderPost ? people.organizations.get(senderPost.post.organizationId) : undefined;
  const treaty = index.treaties.get(o.treatyId);
  const blocks: Block[] = [
    { kind: 'lines', lines: [[(senderOrg?.contact?.place ?? '[Place]').split(',')[0] ?? ''], [longDate(o.on)]] },
    { kind: 'lines', lines: addressBlock(ctx, to) },
  ];
  if (to.certainty === 'last_seen') blocks.push({ kind: 'callout', title: 'Check before sending', content: [[`The record last shows ${to.person.name} as ${to.post.label} on ${to.lastSeen ?? '?'}; it has no dates for the post.`]] });
  // An editor's note, like the one above: the facts below may miss actions after the record's horizon.
  const late = horizonCallout(ctx, [o.treatyId]);
  if (late) blocks.push(late);
  blocks.push({ kind: 'paragraph', content: [{ text: `Re: ${treaty?.fullName ?? o.treatyId} – [subject, e.g. request for a meeting]`, em: true }] });
  blocks.push({ kind: 'paragraph', content: [`Dear ${salutation(to)},`] });
  blocks.push({ kind: 'paragraph', content: [`I am writing on behalf of ${senderOrg ? `the ${senderOrg.name}` : '[organisation]'} [about your government's position on the ${treaty?.shortName ?? 'Convention'}].`] });
  if (state) {
    const status = statusFacts(ctx, state, o.treatyId);
    const pipeline = pipelineFacts(ctx, state.iso3, o.treatyId);
    blocks.push({ kind: 'paragraph', content: [...status.sentence, ...(pipeline && status.standing.status.status === 'party' ? [' ', ...stageSentence(ctx, pipeline.row)] : [])] });
  }
  const casualties = casualtySentence(ctx);
  if (casualties) blocks.push({ kind: 'paragraph', content: casualties });
  blocks.push({ kind: 'paragraph', content: countsSentence(ctx, o.treatyId) });
  blocks.push({ kind: 'paragraph', content: ['[Your request: for example, a meeting with you and other decision-makers at your earliest convenience.]'] });
  const signer = sender === undefined ? undefined : people.persons.get(sender);
  blocks.push({ kind: 'lines', lines: [['Yours sincerely,'], [''], [signer ? cite(signer.name, notesOf(ctx, senderPost?.membership?.sources ?? [])) : '[Name]'], [senderPost?.post.role ?? '[Title]'], [senderOrg?.name ?? '[Organisation]']] });
  if (cc.length > 0) blocks.push({ kind: 'lines', lines: cc.map((h) => ccLine(ctx, h)) });
  const title = `Letter to the ${to.membership.acting ? 'acting ' : ''}${to.post.label}`;
  return ok({ doc: { kind: 'letter', title, subtitle: `Draft of ${longDate(o.on)} to ${to.person.name}; facts as of that day, footnoted. Edit the bracketed parts.`, on: o.on, blocks }, addressee: to, cc });
}

function fullName(h: HolderOn): string {
  return [h.post.styleOfAddress, h.person?.honorificPrefix, h.person?.name].filter((x) => x !== undefined).join(' ');
}

function addressBlock(ctx: ReportContext, h: HolderOn): Inline[][] {
  const acting = h.membership?.acting === true;
  const title = `${acting ? 'Acting ' : ''}${h.post.fullTitle ?? h.post.label}`;
  const emails = [...(h.post.address?.email ?? []), ...(h.person?.contact?.email ?? [])];
  return [
    [cite(fullName(h), notesOf(ctx, (h.membership?.sources ?? []).slice(0, 2)))],
    [title],
    ...(h.post.address?.lines ?? []).map((l) => [l]),
    ...(emails.length > 0 ? [[cite(`Via: ${emails.join('; ')}`, notesOf(ctx, [...(h.post.address?.sources ?? []), ...(h.person?.contact?.sources ?? [])]))]] : []),
  ];
}

function salutation(h: HolderOn): string {
  const acting = h.membership?.acting === true ? 'Acting ' : '';
  return `${acting}${h.post.role} ${h.person?.familyName ?? h.person?.name ?? ''}`;
}

function ccLine(ctx: ReportContext, h: HolderOn): Inline[] {
  if (!h.person) return [`CC: ${h.post.label} (nobody in the record holds the post on ${ctx.on}: check)`];
  const seen = h.certainty === 'last_seen' && h.lastSeen !== ctx.on ? ` (last confirmed in post on ${h.lastSeen ?? '?'}: check)` : '';
  return [cite(`CC: ${fullName(h)}, ${h.post.fullTitle ?? h.post.label}`, notesOf(ctx, [...(h.membership?.attested.at(-1)?.sources ?? []), ...(h.membership?.sources ?? [])].slice(0, 2))), seen];
}
