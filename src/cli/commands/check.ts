import { readFileSync, statSync } from 'node:fs';
import { parseIsoDate } from '../../domain/calendar-date.js';
import { MAX_TEXT_LENGTH, checkRequest, claimReviewJsonLd, renderClaimReportHtml, renderClaimReportText } from '../../claims/index.js';
import { KyselyStore } from '../../store/kysely-store.js';
import { CliError, orFail } from '../cli-error.js';
import { today, withIndex } from '../context.js';
import { out, printJson } from '../output.js';
import { inCwd, io } from '../io.js';

/** What `check` prints. */
export type CheckFormat = 'text' | 'json' | 'claimreview' | 'html';

/** `treatywatch check <file|-> [--date D] [--json|--claimreview|--html]`: every checkable claim in a text, checked as of its date and today. */
export async function checkCommand(file: string, opts: { readonly date?: string; readonly format: CheckFormat }): Promise<void> {
  const asOf = opts.date === undefined ? undefined : orFail(parseIsoDate(opts.date, 'date'));
  const text = readInput(file);
  if (text.trim() === '') throw new CliError('empty_text', `${file === '-' ? 'standard input' : file} holds no text to check`, 'file');
  const now = today();
  await withIndex(async (index, store) => {
    // The store's campaign workspace (or the shipped one while it is empty): the same rule and the same check as the server's.
    const { readWorkspace } = await import('../../api/people-cache.js');
    const people = store instanceof KyselyStore ? (await readWorkspace(store, index.dataset)).people : undefined;
    const result = checkRequest(index, { text, ...(asOf ? { date: asOf } : {}) }, now, people);
    switch (opts.format) {
      case 'json':
        return printJson(result);
      case 'claimreview':
        return printJson(claimReviewJsonLd(result));
      case 'html':
        return out(renderClaimReportHtml(result, text, { title: `Claims in ${file === '-' ? 'the text' : file}` }));
      case 'text': {
        const color = io().stdout.isTTY && io().env.NO_COLOR === undefined;
        return out(renderClaimReportText(result, { color, width: Math.min(io().stdout.columns || 80, 100), name: file === '-' ? 'standard input' : file }));
      }
    }
  });
}

function readInput(file: string): string {
  if (file === '-') return guard(io().stdin(), 'standard input');
  let size: number;
  try {
    const st = statSync(inCwd(file));
    if (!st.isFile()) throw new CliError('not_a_file', `${file} is not a file: give a text file, or - to read standard input`, 'file');
    size = st.size;
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError('file_not_found', `cannot read ${file}: no such file`, 'file');
  }
  // Characters are at most four bytes; a file far bigger than the limit is refused before it is read.
  if (size > MAX_TEXT_LENGTH * 4) throw tooLong(file);
  return guard(readFileSync(inCwd(file), 'utf8'), file);
}

function guard(text: string, name: string): string {
  if (text.length > MAX_TEXT_LENGTH) throw tooLong(name);
  return text;
}

function tooLong(name: string): CliError {
  return new CliError('text_too_long', `${name} is longer than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters: check it in parts`, 'file');
}
