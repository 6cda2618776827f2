import type { FastifyInstance } from 'fastify';
import type { RecordIndex } from '../domain/record-index.js';

/** What the web app needs from the server that hosts it. */
export interface WebContext {
  /** The record as it stands now, indexed (cached by the server between writes). */
  readonly readIndex: () => Promise<RecordIndex>;
  /** Today as a calendar date (read from the clock at the edge; pinned in tests). */
  readonly today: () => string;
}

/** Registers the web app's pages and assets on the server (none yet: filled in by the web work). */
export function registerWeb(_app: FastifyInstance, _ctx: WebContext): Promise<void> {
  return Promise.resolve();
}
