import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's root: the folder with package.json and keyword-sets/. The code runs
 * from src/ (tests) and from dist/src/ (the CLI), at different depths, so walk up rather than
 * count `..` per file.
 */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'keyword-sets'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new Error(`the roadfolio package root was not found above ${fileURLToPath(import.meta.url)}`);
}

/** A path inside the package: `bundledPath('examples', 'profile.json')`. */
export function bundledPath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
