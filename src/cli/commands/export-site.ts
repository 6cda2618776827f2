import { renderSite } from '../../web/render-site.js';
import { checkSiteDir, writeSite } from '../../web/write-site.js';
import { CliError } from '../cli-error.js';
import { dateOption, today } from '../context.js';
import { type Format, out, printJson } from '../output.js';
import { io } from '../io.js';

/** `treatywatch export-site <dir> [--on DATE]`: the public site as static files, as of a date (default today). */
export async function exportSiteCommand(dir: string, opts: { readonly on?: string; readonly format: Format }): Promise<void> {
  const on = dateOption(opts.on);
  const problem = checkSiteDir(dir, io().cwd);
  if (problem) throw new CliError(problem.code, problem.message, 'dir');
  // The workspace (votes, pipeline steps) as the store holds it, as `treatywatch people pipeline` reads it.
  const { withPeople } = await import('./people-context.js');
  const files = await withPeople((index, people) => renderSite(index, people, on, today()));
  writeSite(dir, files, io().cwd);
  const pages = files.filter((f) => f.path.endsWith('index.html')).length;
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.body), 0);
  if (opts.format === 'json') return printJson({ dir, on, pages, files: files.length, bytes });
  out(`Wrote ${pages} pages (${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB) as of ${on} to ${dir}.
Serve the folder with any static file server, e.g.: python3 -m http.server -d ${dir} 8080
then open http://localhost:8080/ (the treaty pages take ?on=YYYY-MM-DD).`);
}
