import { readFileSync } from 'node:fs';
import { parseRoadmap } from '../src/roadmap/index.js';
import { readMarkdown } from '../src/roadmap/read-markdown.js';
import type { Bench } from './benches.js';
import { medianMs, report } from './measure.js';

/** A roadmap shaped like the user's: phases of ~20 rows, a track, a bold title with a note, a link. */
export function generatedRoadmap(itemCount: number): string {
  const statuses = ['✅', '🟡', '⚪', '⚪'];
  const lines = ['# Generated roadmap', ''];
  for (let index = 0; index < itemCount; index++) {
    if (index % 20 === 0) {
      lines.push('', `### Phase ${index / 20 + 1}: Block ${index / 20 + 1} (Months 1–6) 🧠`, '', '| Status | Track | Course Name | Source / Link |', '| :--- | :--- | :--- | :--- |');
    }
    const track = index % 20 === 19 ? '**Proj**' : 'Code';
    lines.push(`| ${statuses[index % 4]} | ${track} | **Course ${index}** (note ${index}) | [Kaggle Learn: ${index}](https://www.kaggle.com/learn/course-${index}) |`);
  }
  return lines.join('\n') + '\n';
}

export const roadmapBench: Bench = {
  name: 'roadmap',
  async run() {
    const seed = readFileSync(new URL('../../examples/roadmap.md', import.meta.url), 'utf8');
    const seedMs = await medianMs(() => parseRoadmap(seed), 200, 50);
    report('parse seed roadmap (5 KB, 29 items, warm median)', seedMs, 'ms', 'well under 5 ms');
    const markdownMs = await medianMs(() => readMarkdown(seed), 200, 50);
    report('  of which markdown-it parse to mdast (readMarkdown)', markdownMs, 'ms');

    const small = generatedRoadmap(1_000);
    const large = generatedRoadmap(10_000);
    const smallMs = await medianMs(() => parseRoadmap(small), 15, 3);
    report(`parse generated 1,000-item roadmap (${Math.round(small.length / 1000)} KB)`, smallMs, 'ms');
    const largeMs = await medianMs(() => parseRoadmap(large), 5, 1);
    report(`parse generated 10,000-item roadmap (${Math.round(large.length / 1000)} KB)`, largeMs, 'ms');
    report('ratio 10,000 / 1,000 items', largeMs / smallMs, '×', '≈ 10 (linear)');
  },
};
