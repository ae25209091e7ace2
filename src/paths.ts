// Where the project's own files are, whether running from src/ (tsx) or dist/ (compiled).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
/** The seeds folder: SEEDS_DIR when set, else the project's own. */
export const defaultSeedsDir = process.env.SEEDS_DIR || join(projectRoot, 'seeds');
