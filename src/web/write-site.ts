import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type SiteFile, SITE_MARKER } from './render-site.js';

/** Why a folder cannot take the site. */
export interface SiteDirProblem {
  readonly code: 'site_dir_not_a_directory' | 'site_dir_not_empty';
  readonly message: string;
}

/** Whether `dir` (relative to `cwd`, the process's by default) may receive the site: absent, empty, or a site written before (it has the marker). */
export function checkSiteDir(dir: string, cwd = process.cwd()): SiteDirProblem | undefined {
  const target = resolve(cwd, dir);
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory()) return { code: 'site_dir_not_a_directory', message: `${dir} exists and is not a folder` };
  const entries = readdirSync(target);
  if (entries.length > 0 && !entries.includes(SITE_MARKER)) {
    return { code: 'site_dir_not_empty', message: `${dir} holds other files (no ${SITE_MARKER}): give an empty or new folder, or one a previous export-site wrote` };
  }
  return undefined;
}

/**
 * Writes the site into `dir` (relative to `cwd`, the process's by default) all or nothing: into a sibling folder first, then swapped in by renames, so a
 * failure half-way leaves the previous site (or nothing) in place, never a mix.
 */
export function writeSite(dir: string, files: readonly SiteFile[], cwd = process.cwd()): void {
  const target = resolve(cwd, dir);
  const temp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    for (const f of files) {
      const path = join(temp, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.body);
    }
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(target)) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
