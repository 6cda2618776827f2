import type { DomainError } from './result.js';
import type { Timeline } from './status.js';
import type { Treaty } from './treaty.js';

/**
 * Timelines per treaty, each treaty's built on first use: a command about one treaty pays for that
 * treaty only, which keeps the CLI's cold start flat as treaties are added. Iterating builds them all.
 */
export class LazyTimelines implements ReadonlyMap<string, ReadonlyMap<string, Timeline>> {
  private readonly built = new Map<string, ReadonlyMap<string, Timeline>>();
  private readonly problems = new Map<string, DomainError[]>();
  constructor(
    private readonly treaties: readonly Treaty[],
    private readonly build: (treaty: Treaty, problems: DomainError[]) => ReadonlyMap<string, Timeline>,
  ) {}

  get(treatyId: string): ReadonlyMap<string, Timeline> | undefined {
    const hit = this.built.get(treatyId);
    if (hit) return hit;
    const treaty = this.treaties.find((t) => t.id === treatyId);
    if (!treaty) return undefined;
    const problems: DomainError[] = [];
    const perState = this.build(treaty, problems);
    this.built.set(treatyId, perState);
    this.problems.set(treatyId, problems);
    return perState;
  }

  has(treatyId: string): boolean {
    return this.treaties.some((t) => t.id === treatyId);
  }

  get size(): number {
    return this.treaties.length;
  }

  /** Every treaty's refused sequences, in treaty order (builds every timeline). */
  allProblems(): DomainError[] {
    return this.treaties.flatMap((t) => (this.get(t.id), this.problems.get(t.id) ?? []));
  }

  forEach(fn: (value: ReadonlyMap<string, Timeline>, key: string, map: ReadonlyMap<string, ReadonlyMap<string, Timeline>>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  *entries(): MapIterator<[string, ReadonlyMap<string, Timeline>]> {
    for (const t of this.treaties) yield [t.id, this.get(t.id) ?? new Map<string, Timeline>()];
  }

  *keys(): MapIterator<string> {
    for (const t of this.treaties) yield t.id;
  }

  *values(): MapIterator<ReadonlyMap<string, Timeline>> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, ReadonlyMap<string, Timeline>]> {
    return this.entries();
  }
}
