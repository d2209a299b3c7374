#!/usr/bin/env node
// The CLI is compiled TypeScript (npm ci runs `prepare`, which builds dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// React's development build keeps debug data for every element it ever rendered (react-pdf renders
// through React): a CLI is production unless the user says otherwise.
process.env.NODE_ENV ??= 'production';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('roadfolio: dist/ is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(1);
}
await import(main.href);
