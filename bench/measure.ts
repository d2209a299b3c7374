import { performance } from 'node:perf_hooks';

/** Median milliseconds of `runs` calls of `fn`, after `warmup` unmeasured calls. */
export async function medianMs(fn: () => unknown, runs = 50, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function report(label: string, value: number, unit: string, target?: string): void {
  const shown = value < 10 ? value.toFixed(3) : value.toFixed(1);
  process.stdout.write(`${label.padEnd(60)} ${shown.padStart(10)} ${unit}${target ? `   (target ${target})` : ''}\n`);
}
