import type { IsoDate } from '../domain/calendar-date.js';
import type { Mention } from './mention.js';

/**
 * One stretch of input (a sentence) being read: finders claim characters as they find
 * mentions, so that a later, weaker finder never reads the same characters again
 * ("107–0–3" is a tally, so neither a date nor three numbers).
 */
export interface Scan {
  /** The whole input; mentions carry offsets into it. */
  readonly input: string;
  /** Where the stretch starts in the input. */
  readonly offset: number;
  /** The stretch itself. */
  readonly text: string;
  /** 1 where a character is already part of a mention (or of noise such as a URL). */
  readonly taken: Uint8Array;
  /** The date relative expressions are read against ("last week"), if known. */
  readonly reference: IsoDate | undefined;
  readonly out: Mention[];
}

/** Starts a scan of `input[start, end)`. */
export function newScan(input: string, start: number, end: number, reference: IsoDate | undefined): Scan {
  return { input, offset: start, text: input.slice(start, end), taken: new Uint8Array(end - start), reference, out: [] };
}

/** Whether no character of `[start, end)` (local offsets) is taken yet. */
export function isFree(scan: Scan, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (scan.taken[i] === 1) return false;
  return true;
}

/** Marks `[start, end)` (local offsets) as taken. */
export function take(scan: Scan, start: number, end: number): void {
  // A plain loop: TypedArray#fill costs a builtin call, which dominates for the short spans marked here.
  for (let i = start; i < end; i += 1) scan.taken[i] = 1;
}

/** Global start, end and text for local offsets. */
export function at(scan: Scan, start: number, end: number): { start: number; end: number; text: string } {
  return { start: scan.offset + start, end: scan.offset + end, text: scan.text.slice(start, end) };
}

/** Adds a mention found at local `[start, end)` and takes its characters. */
export function emit<M extends Mention>(scan: Scan, start: number, end: number, fields: Omit<M, 'start' | 'end' | 'text'>): void {
  take(scan, start, end);
  scan.out.push(Object.assign({ start: scan.offset + start, end: scan.offset + end, text: scan.text.slice(start, end) }, fields) as M);
}

/** Every match of a global regular expression in the stretch (the regex must have the `g` flag). An array, not a generator: this runs for every sentence. */
export function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex += 1;
    out.push(m);
  }
  return out;
}

/** Cheap facts about a stretch that let finders skip it without running their patterns. */
export interface Hints {
  readonly digit: boolean;
  /** A number word, a fraction word or "half" may be in it. */
  readonly numberWord: boolean;
}

const NUMBER_WORD_HINT = /(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|halves|third|quarter|fifth|sixth|tenth|none|nil)/iu;

/** The hints of a stretch. */
export function hintsOf(text: string): Hints {
  return { digit: /\d/u.test(text), numberWord: NUMBER_WORD_HINT.test(text) };
}
