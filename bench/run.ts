// `npm run bench`: every capability with a speed or size goal reports its figures here.
// Benchmarks are not tests: they print numbers (and the targets) for a person to read.
import { benches } from './benches.js';

const only = process.argv[2];
for (const bench of benches) {
  if (only && bench.name !== only) continue;
  process.stdout.write(`\n## ${bench.name}\n`);
  await bench.run();
}
