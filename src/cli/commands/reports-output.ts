import { writeFileSync } from 'node:fs';
import type { ReportDoc } from '../../reports/report-doc.js';
import { CliError } from '../cli-error.js';
import { out, printJson } from '../output.js';
import { inCwd, io } from '../io.js';

/** The formats a report comes in. */
export type ReportFormat = 'md' | 'html' | 'pdf';

/** Parses `--format`. */
export function reportFormat(text: string | undefined): ReportFormat {
  const f = text ?? 'md';
  if (f === 'md' || f === 'html' || f === 'pdf') return f;
  throw new CliError('invalid_format', `"${f}" is not a report format: use md, html or pdf`, 'format');
}

/**
 * Writes a report: Markdown or HTML to stdout or --out; a PDF (Chromium's print of the HTML) to
 * --out, or to `<default>.pdf` in the current folder. `--json` prints the document itself.
 */
export async function writeReport(doc: ReportDoc, o: { readonly format: ReportFormat; readonly out?: string; readonly json?: boolean; readonly defaultName: string; readonly extra?: object }): Promise<void> {
  if (o.json) return printJson({ ...o.extra, doc });
  if (o.format === 'md' || o.format === 'html') {
    const text = o.format === 'md' ? (await import('../../reports/render-markdown.js')).renderMarkdown(doc) : (await import('../../reports/render-html.js')).renderHtml(doc);
    if (o.out === undefined) return out(text);
    writeFileSync(inCwd(o.out), text);
    return out(`treatywatch: wrote ${o.out}`);
  }
  const html = (await import('../../reports/render-html.js')).renderHtml(doc);
  const { htmlToPdf } = await import('../../reports/pdf.js');
  const executablePath = io().env.TREATYWATCH_CHROMIUM ?? '/usr/bin/chromium';
  let pdf: Uint8Array;
  try {
    pdf = await htmlToPdf(html, { executablePath });
  } catch (e) {
    throw new CliError('pdf_failed', `could not print the PDF with Chromium at ${executablePath} (set TREATYWATCH_CHROMIUM): ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`, 'format', 1);
  }
  const file = o.out ?? `${o.defaultName}.pdf`;
  writeFileSync(inCwd(file), pdf);
  out(`treatywatch: wrote ${file}`);
}
