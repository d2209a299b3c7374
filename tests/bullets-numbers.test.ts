import { describe, expect, it } from 'vitest';
import { findDatasetSize, findMetric, starsPhrase } from '../src/bullets/numbers.js';

describe('numbers a bullet may carry', () => {
  it('reads model metrics the way READMEs write them, word for word', () => {
    expect(findMetric('The model reaches an AUC of 0.91 on the held-out set')).toBe('AUC 0.91');
    expect(findMetric('| accuracy: 94% | recall |')).toBe('accuracy 94%');
    expect(findMetric('Got 94% accuracy overall')).toBe('94% accuracy');
    expect(findMetric('Mean Dice score = 0.87 on BraTS')).toBe('Dice score 0.87');
    expect(findMetric('AUC-ROC: 0.93 (95% CI 0.91-0.95)')).toBe('AUC-ROC 0.93');
  });

  it('finds no metric where there is none (versions, years, counts)', () => {
    expect(findMetric('Built with Python 3.11 and pandas 2.2 in 2024')).toBeUndefined();
    expect(findMetric('A model of sepsis onset')).toBeUndefined();
  });

  it('reads dataset sizes with their unit, ignoring tiny counts', () => {
    expect(findDatasetSize('Trained on 12,000 ICU stays from MIMIC-IV')).toBe('12,000 ICU stays');
    expect(findDatasetSize('5,856 chest X-rays from Guangzhou')).toBe('5,856 chest X-rays');
    expect(findDatasetSize('2.5k patients')).toBe('2.5k patients');
    expect(findDatasetSize('see the 3 images below')).toBeUndefined();
  });

  it('counts stars only when there are some', () => {
    expect(starsPhrase(0)).toBeUndefined();
    expect(starsPhrase(1)).toBe('1 star');
    expect(starsPhrase(12)).toBe('12 stars');
  });
});
