// Preloaded (`node --import`) into a `roadfolio` process by bench/scale.ts: when the process
// exits, its CPU time and peak RSS go to the file ROADFOLIO_USAGE_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.ROADFOLIO_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 }));
  });
}
