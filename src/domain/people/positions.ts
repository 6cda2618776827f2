import type { IsoDate } from '../calendar-date.js';
import { rangeOf } from '../calendar-date.js';
import { byFactDate, type KnownBy, knownBy } from './fact-date.js';
import { postsHeldOn } from './office-holders.js';
import type { PeopleRecord } from './people-record.js';
import type { Person, Post } from './popolo.js';
import type { Question, Statement } from './statement.js';

/** A statement with its question, speaker and the post the speaker held when speaking. */
export interface Position {
  readonly statement: Statement;
  readonly question: Question;
  readonly speaker: Person;
  readonly post?: Post;
  /** Whether it had been said by the `on` date asked about. */
  readonly known: KnownBy;
}

/** Which statements to list. */
export interface PositionFilter {
  readonly iso3?: string;
  readonly treatyId?: string;
  readonly speakerId?: string;
  /** Leave out what was said after this date. */
  readonly on?: IsoDate;
}

/** A state's (or a speaker's) positions timeline, oldest first. */
export function positionsTimeline(people: PeopleRecord, filter: PositionFilter): Position[] {
  const out: Position[] = [];
  for (const s of [...people.data.statements].sort(byFactDate)) {
    const question = people.questions.get(s.questionId);
    const speaker = people.persons.get(s.speakerId);
    if (!question || !speaker) continue;
    if (filter.iso3 !== undefined && question.iso3 !== filter.iso3) continue;
    if (filter.treatyId !== undefined && question.treatyId !== filter.treatyId) continue;
    if (filter.speakerId !== undefined && s.speakerId !== filter.speakerId) continue;
    const known = filter.on === undefined ? 'yes' : knownBy(s.date, filter.on);
    if (known === 'no') continue;
    const post = speakerPost(people, s, speaker);
    out.push({ statement: s, question, speaker, known, ...(post ? { post } : {}) });
  }
  return out;
}

/** The post a statement was made in: the one it names, else the first post the speaker held on the day. */
export function speakerPost(people: PeopleRecord, s: Statement, speaker: Person): Post | undefined {
  if (s.speakerPostId !== undefined) return people.posts.get(s.speakerPostId);
  return postsHeldOn(people, speaker.id, rangeOf(s.date).latest)[0]?.post;
}

/** The latest stance of each speaker on a question by a date: where everyone stood. */
export function latestStances(people: PeopleRecord, questionId: string, on: IsoDate): Position[] {
  const q = people.questions.get(questionId);
  if (!q) return [];
  const latest = new Map<string, Position>();
  for (const p of positionsTimeline(people, { iso3: q.iso3, treatyId: q.treatyId, on })) if (p.question.id === questionId) latest.set(p.speaker.id, p);
  return [...latest.values()];
}
