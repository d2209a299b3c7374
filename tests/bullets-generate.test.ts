import { describe, expect, it } from 'vitest';
import { generateBullets } from '../src/bullets/index.js';
import { coverage, evidence, keywordSet, phraseBook, repos, roadmapItems } from './fixtures/build-inputs.js';

const input = { evidence, coverage, keywordSet, phraseBook, roadmapItems, repos };

describe('bullets from the example evidence', () => {
  it('prints them for a look', () => {
    const result = generateBullets(input);
    for (const project of result.projects) {
      console.log(project.name, project.keywords.join(', '));
      for (const bullet of project.bullets) console.log('  -', bullet.text, '|', bullet.draft);
    }
    for (const group of result.courseGroups) console.log(group.line);
    console.log(result.placeholders);
  });
});
