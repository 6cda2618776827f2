import type { Source } from '../source.js';
import { normaliseName } from '../state.js';
import type { CasualtyFigure, MonitorReport } from '../monitor/casualties.js';
import type { PeopleData } from './people-data.js';
import type { Membership, Organization, Person, Post } from './popolo.js';
import type { Question, Statement } from './statement.js';
import type { VoteEvent } from './vote.js';

/** The campaign workspace, indexed once: records by id, people and posts by every name, memberships by post and person. */
export interface PeopleRecord {
  readonly data: PeopleData;
  readonly sources: ReadonlyMap<string, Source>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly posts: ReadonlyMap<string, Post>;
  readonly questions: ReadonlyMap<string, Question>;
  readonly statements: ReadonlyMap<string, Statement>;
  readonly votes: ReadonlyMap<string, VoteEvent>;
  readonly reports: ReadonlyMap<string, MonitorReport>;
  readonly membershipsByPost: ReadonlyMap<string, readonly Membership[]>;
  readonly membershipsByPerson: ReadonlyMap<string, readonly Membership[]>;
  readonly figuresByReport: ReadonlyMap<string, readonly CasualtyFigure[]>;
  /** Normalised name or spelling → person id. */
  readonly personNames: ReadonlyMap<string, string>;
  /** Normalised label → post id. */
  readonly postNames: ReadonlyMap<string, string>;
  /** Document text by the id of the source it is the text of. */
  readonly documentText: ReadonlyMap<string, string>;
}

/** Indexes the workspace's records (pure; the data is assumed valid: see validatePeople). */
export function indexPeople(data: PeopleData): PeopleRecord {
  const byId = <T extends { readonly id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));
  const personNames = new Map<string, string>();
  for (const p of data.persons) for (const n of [p.name, ...p.otherNames]) personNames.set(normaliseName(n), p.id);
  const postNames = new Map<string, string>();
  for (const p of data.posts) for (const n of [p.label, ...(p.fullTitle ? [p.fullTitle] : []), ...p.otherLabels]) postNames.set(normaliseName(n), p.id);
  return {
    data,
    sources: byId(data.sources),
    persons: byId(data.persons),
    organizations: byId(data.organizations),
    posts: byId(data.posts),
    questions: byId(data.questions),
    statements: byId(data.statements),
    votes: byId(data.votes),
    reports: byId(data.monitorReports),
    membershipsByPost: groupBy(data.memberships.filter((m) => m.postId !== undefined), (m) => m.postId ?? ''),
    membershipsByPerson: groupBy(data.memberships, (m) => m.personId),
    figuresByReport: groupBy(data.casualtyFigures, (f) => f.reportId),
    personNames,
    postNames,
    documentText: new Map(data.documents.map((d) => [d.sourceId, d.text])),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
