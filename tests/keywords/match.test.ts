import { describe, expect, it } from 'vitest';
import { findKeywords, type MatcherSource } from '../../src/keywords/index.js';
import { dataScience, lexicon, medicalAi } from './fixtures.js';

const terms = (text: string, source: MatcherSource = lexicon) => findKeywords(text, source).map((match) => match.term);

describe('ambiguous short terms count only when they are the tool', () => {
  it('R: a language in "Python or R", not in "R&D"', () => {
    expect(terms('Strong programming skills in Python or R are required.')).toContain('R');
    expect(terms('Our team leads R&D for new imaging products.')).not.toContain('R');
    expect(terms('We grew our R & D budget and hired fast.')).not.toContain('R');
    expect(terms('Analysed trial data in R and reported the R-squared of each model.').filter((t) => t === 'R')).toHaveLength(1);
    expect(terms('J. R. Smith reviewed the protocol.')).not.toContain('R');
  });

  it('Go: a language when "written in Go", not in "go the extra mile"', () => {
    expect(terms('Our ingestion services are written in Go and deployed on Kubernetes.')).toContain('Go');
    expect(terms('Go the extra mile for patients and colleagues.')).not.toContain('Go');
    expect(terms('You are willing to go the extra mile.')).not.toContain('Go');
    expect(terms('Go to market faster with our platform.')).not.toContain('Go');
    expect(terms('Backend experience (Go, Python) is a plus.')).toContain('Go');
    expect(terms('• Go or Rust for high-throughput services.')).toEqual(['Go', 'Rust']);
  });

  it('Excel: the tool in "Microsoft Excel", not in "excel at"', () => {
    expect(terms('You will excel at communicating with stakeholders.')).not.toContain('Excel');
    expect(terms('Excel at building trust with clinicians.')).not.toContain('Excel');
    expect(terms('Advanced Microsoft Excel (pivot tables, VLOOKUP).')).toContain('Excel');
    expect(terms('Reports were built in Excel and Tableau.')).toContain('Excel');
    expect(terms('Experience with Excel in clinical reporting.')).toContain('Excel');
  });

  it('Spark: the framework in "Apache Spark", not in "spark ideas"', () => {
    expect(terms('Spark ideas across teams and share what you learn.')).not.toContain('Spark');
    expect(terms('We want people who spark curiosity.')).not.toContain('Spark');
    expect(terms('Built batch pipelines on Apache Spark and Databricks.')).toContain('Spark');
    expect(terms('Experience with Spark, Hadoop or Kafka.')).toContain('Spark');
    expect(terms('Spark Streaming jobs feed the dashboard.')).toContain('Spark');
  });

  it('C counts next to C++ but not in "vitamin C"', () => {
    expect(terms('Embedded work in C/C++ on patient monitors.')).toContain('C');
    expect(terms('Vitamin C levels were measured weekly.')).not.toContain('C');
  });
});

describe('normalisation keeps punctuated terms whole', () => {
  it.each([
    ['Wrote the inference engine in C++ with CUDA kernels.', 'C++'],
    ['Set up CI/CD with GitHub Actions.', 'CI/CD'],
    ['Trained a U-Net on BraTS MRI volumes.', 'U-Net'],
    ['Baselines used scikit-learn pipelines.', 'scikit-learn'],
    ['Mapped diagnoses to ICD-10 codes.', 'ICD-10'],
    ['Ran A/B testing on the triage prompts.', 'A/B Testing'],
    ['Services in C# on .NET.', 'C#'],
    ['Cleared via the 510(k) pathway.', '510(k)'],
  ])('%s → %s', (text, term) => {
    expect(terms(text)).toContain(term);
  });

  it('spellings without the punctuation still match (scikit learn, UNet, ICD10)', () => {
    expect(terms('scikit learn, UNet and ICD10 mapping')).toEqual(expect.arrayContaining(['scikit-learn', 'U-Net', 'ICD-10']));
  });

  it('C++ is not C, and CI/CD is one keyword', () => {
    expect(terms('Five years of C++.')).not.toContain('C');
    expect(terms('Owned CI/CD for the team.')).toEqual(['CI/CD']);
  });

  it('accents and typographic dashes are folded (U‐Net with U+2010)', () => {
    expect(terms('Segmentation with a U‐Net and a naïve Bayes baseline.')).toEqual(expect.arrayContaining(['U-Net', 'Naive Bayes']));
  });
});

describe('one pass, longest phrase wins, each token once', () => {
  it('"machine learning engineer" is machine learning once, never also "learning"', () => {
    const found = findKeywords('Senior machine learning engineer for imaging.', medicalAi);
    expect(found.map((m) => m.term)).toEqual(['Machine Learning']);
    expect(found[0]!.matched).toBe('machine learning');
  });

  it('"natural language processing" is NLP, not "language"', () => {
    expect(terms('Natural language processing of clinical text.')).toEqual(['Natural Language Processing', 'Clinical Notes']);
  });

  it('a phrase never runs across a comma or a full stop', () => {
    expect(terms('We value machine, learning and growth.', medicalAi)).toEqual([]);
  });

  it('records character offsets that point at the words', () => {
    const text = 'Deployed a CNN for chest X-ray triage.';
    for (const match of findKeywords(text, medicalAi)) expect(text.slice(match.start, match.end)).toBe(match.matched);
  });
});

describe('two modifiers sharing one head noun', () => {
  const terms = (text: string) => findKeywords(text, lexicon).map((match) => match.term);
  it('"software or data engineering" is software engineering and data engineering', () => {
    expect(terms('7+ years in software or data engineering')).toEqual(expect.arrayContaining(['Software Engineering', 'Data Engineering']));
  });
  it('"medical and pharmacy claims" is claims data and pharmacy claims', () => {
    expect(terms('Analyze medical and pharmacy claims for care gaps')).toEqual(expect.arrayContaining(['Claims Data', 'Pharmacy Claims']));
  });
  it('a modifier that makes no known phrase with the head adds nothing, and matches never overlap', () => {
    const found = findKeywords('Weekly lunches and data engineering talks', lexicon);
    expect(found.map((match) => match.term)).toEqual(['Data Engineering']);
    for (let k = 1; k < found.length; k++) expect(found[k]!.firstToken).toBeGreaterThan(found[k - 1]!.lastToken);
  });
});

describe('every match says which form matched', () => {
  const formOf = (text: string, term: string) => findKeywords(text, medicalAi).find((m) => m.term === term)?.form;

  it('exact, alias, acronym and stem forms', () => {
    expect(formOf('Machine learning for sepsis.', 'Machine Learning')).toBe('exact');
    expect(formOf('Built ML models for sepsis.', 'Machine Learning')).toBe('acronym');
    expect(formOf('Built CNNs for chest films.', 'Convolutional Neural Networks')).toBe('acronym');
    expect(formOf('Clean data visualisation for clinicians.', 'Data Visualization')).toBe('alias');
    expect(formOf('Experience deploying models to production.', 'Model Deployment')).toBe('alias');
    expect(formOf('Reviewed the electronic health record', 'Electronic Health Records')).toBe('alias');
    expect(formOf('Compared two logistic regressions on readmissions.', 'Logistic Regression')).toBe('stem');
    expect(formOf('Explored time-series analyses of vitals.', 'Time Series Analysis')).toBe('alias');
  });

  it('acronyms are case-sensitive: "ml" in a dose is not machine learning', () => {
    expect(formOf('Give 10 ml of saline.', 'Machine Learning')).toBeUndefined();
  });

  it('a stem shared by unrelated words is not a match (community ≠ communication)', () => {
    expect(terms('Community hospital volunteer.', dataScience)).not.toContain('Communication');
    expect(terms('Clear communication with clinicians.', dataScience)).toContain('Communication');
  });
});

describe('wrapped lines', () => {
  it('a phrase wrapped at the margin (a PDF read back, a markdown soft break) is still the phrase', async () => {
    const { findKeywords } = await import('../../src/keywords/index.js');
    const { medicalAi } = await import('./fixtures.js');
    expect(findKeywords('Data Science, Clinical\nInformatics, Quality Improvement', medicalAi).map((match) => match.term)).toContain('Clinical Informatics');
    expect(findKeywords('worked with the clinical\n  informatics team', medicalAi).map((match) => match.term)).toContain('Clinical Informatics');
    // A blank line or a list marker still ends the phrase.
    expect(findKeywords('Clinical\n\nInformatics', medicalAi).map((match) => match.term)).not.toContain('Clinical Informatics');
    expect(findKeywords('- machine\n- learning', medicalAi).map((match) => match.term)).not.toContain('Machine Learning');
  });
});
