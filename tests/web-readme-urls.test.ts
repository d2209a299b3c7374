import { describe, expect, it } from 'vitest';
import { readmeUrlTransform } from '../src/web/components/readme-urls.js';

const onGithub = readmeUrlTransform('https://github.com/amira-haddad-md/sepsis-early-warning');

describe('where a README preview may point', () => {
  it('loads images only over https, resolving repo-relative figures on GitHub', () => {
    expect(onGithub('docs/roc-curve.png', 'src')).toBe('https://github.com/amira-haddad-md/sepsis-early-warning/raw/HEAD/docs/roc-curve.png');
    expect(onGithub('./figures/shap.png', 'src')).toBe('https://github.com/amira-haddad-md/sepsis-early-warning/raw/HEAD/figures/shap.png');
    expect(onGithub('https://img.shields.io/badge/python-3.11-blue', 'src')).toBe('https://img.shields.io/badge/python-3.11-blue');
    expect(onGithub('http://tracker.example.com/pixel.gif', 'src')).toBeNull();
    expect(onGithub('//cdn.example.com/figure.png', 'src')).toBe('https://cdn.example.com/figure.png');
    expect(onGithub('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'src')).toBeNull();
  });

  it('keeps web, mail and in-page links and drops script URLs', () => {
    expect(onGithub('https://physionet.org/content/mimiciv/', 'href')).toBe('https://physionet.org/content/mimiciv/');
    expect(onGithub('mailto:amira.haddad@example.com', 'href')).toBe('mailto:amira.haddad@example.com');
    expect(onGithub('#results', 'href')).toBe('#results');
    expect(onGithub('notebooks/01-cohort.ipynb', 'href')).toBe('https://github.com/amira-haddad-md/sepsis-early-warning/blob/HEAD/notebooks/01-cohort.ipynb');
    expect(onGithub('javascript:alert(1)', 'href')).toBeNull();
    expect(onGithub('JaVaScRiPt:alert(1)', 'href')).toBeNull();
    expect(onGithub('vbscript:msgbox(1)', 'href')).toBeNull();
    expect(onGithub('data:text/html,<script>alert(1)</script>', 'href')).toBeNull();
  });
});
