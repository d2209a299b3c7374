import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The user's own documents live in ../shared/seeds beside the repo (CI puts shared/ there too). */
export const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

export function readSeed(name: string): string {
  return readFileSync(seedsDir + name, 'utf8');
}

export function readSeedBytes(name: string): Buffer {
  return readFileSync(seedsDir + name);
}
