import { describe, expect, it } from 'vitest';
import { findKeywords } from '../../src/keywords/index.js';
import { keywordsOf } from '../../src/keywords/compile.js';
import { dataScience, lexicon, medicalAi } from './fixtures.js';

// Every surface form that is also an ordinary word, a place, a person's name or another field's
// acronym has a context rule; each rule has at least one sentence where the form is the skill
// (true) and one where it is not (false). The last test fails when a keyword with a context rule
// or an ambiguous form has no case here.
const CASES: Record<string, [string, boolean][]> = {
  Scala: [['Experience with Scala or Java for Spark jobs.', true], ['Our Milan office is a short walk from La Scala.', false], ['Strong Scala skills.', true]],
  Java: [['Five years of Java development.', true], ['An engineering hub in Yogyakarta, Java.', false], ['Knowledge of Java and Kotlin.', true]],
  Julia: [['Rust or Julia for performance-critical tools.', true], ['You will report to Julia Moreno, Head of Analytics.', false]],
  Ruby: [['Backend services in Ruby on Rails and Go.', true], ['Led by Dr. Ruby Okafor, a neuroradiologist.', false], ['Ruby Tanaka, Director of NLP, joined in 2021.', false]],
  'Google Cloud Platform': [['Own the ML platform on GCP: Vertex AI pipelines and BigQuery.', true], ['Solid understanding of GCP and ICH guidelines for trials.', false]],
  'Good Clinical Practice': [['Solid understanding of GCP and ICH guidelines for trials.', true], ['Deploy services on GCP with Terraform and BigQuery.', false]],
  SAP: [['Finance reporting from SAP ERP and SAP HANA.', true], ['Author the SAP and review the protocol for each trial.', false]],
  'Statistical Analysis Plan': [['Author the SAP and review the protocol for each trial.', true], ['Month-end close in SAP with the finance team and Oracle.', false]],
  Agile: [['Work in an Agile environment with two-week sprints.', true], ['We value an Agile mindset and kindness.', false]],
  Adaptability: [['Adaptability and flexibility in a changing clinic.', true], ['Benefits include flexible PTO and flexible hours.', false]],
  'Sensitivity and Specificity': [['Report sensitivity and specificity for each model.', true], ['Document report specifications with the requester.', false]],
  Specificity: [['Compare specificity and AUROC across sites.', true], ['Write detailed specifications for event tracking.', false]],
  Sensitivity: [['Report Dice, Hausdorff distance, sensitivity and FROC.', true], ['Cultural sensitivity when speaking with families.', false]],
  Precision: [['Measure precision, recall and F1 at the concept level.', true], ['Work with precision and care in every chart.', false]],
  Recall: [['Measure precision, recall and F1 at the concept level.', true], ['Handle product recall notices for devices.', false]],
  'Experimental Design': [['Design of experiments (DOE) for process studies.', true], ['This position does not have direct reports.', false]],
  'Ensemble Methods': [['Ensemble methods such as stacking and bagging.', true], ['Our data stack is Snowflake and dbt.', false]],
  Leadership: [['Strong leadership and mentoring of analysts.', true], ['Present findings to the senior leadership team.', false], ['Reports to the leadership of the agency.', false]],
  Segment: [['Keep our tracking plan in Segment clean; events flow to Amplitude.', true], ['Each segment of the population was analysed.', false]],
  Heap: [['Experience with a product analytics tool (Amplitude, Mixpanel or Heap).', true], ['A heap of paperwork awaits.', false]],
  Amplitude: [['Build funnels and retention cohorts in Amplitude.', true], ['The amplitude of the QRS complex was measured.', false]],
  'Dice Coefficient': [['Report performance with Dice and Hausdorff distance for segmentation.', true], ['We never roll the dice on patient safety.', false]],
  'Epic Clarity': [['Write SQL against Clarity and Caboodle for Epic reports.', true], ['We value clarity in writing and speaking.', false]],
  'Epic Systems': [['Reporting from the Epic EHR and Clarity.', true], ['An epic journey across three continents.', false]],
  Pharmacokinetics: [['Population PK modeling with NONMEM for dose selection.', true], ['Every table has a PK and foreign keys in SQL.', false]],
  HCC: [['Track HCC capture rates and RAF scores for risk adjustment.', true], ['Patients with HCC underwent resection and staging in oncology clinic.', false]],
  'Clinical Study Report': [['Write the CSR with medical writing after the trial.', true], ['Our CSR program plants trees every year.', false]],
  'EU MDR': [['CE marking under MDR with our notified body for the medical device.', true], ['Rising MDR tuberculosis cases in the region.', false]],
  Pharmacovigilance: [['PV case processing, signal detection and adverse event review.', true], ['Rooftop PV panels cut our energy bill.', false]],
  'Google Cloud Storage': [['Land files in GCS and load them into BigQuery on Google Cloud.', true], ['Record the GCS on admission to the ICU.', false]],
  Prophet: [['Forecasting with Prophet and ARIMA for seasonal time series.', true], ['The prophet of the old story warned the town.', false]],
  'Triton Inference Server': [['Serve models with KServe and Triton at low latency for inference.', true], ['Triton is a moon of Neptune.', false]],
  Guardrails: [['LLM guardrails for clinical text generation.', true], ['Define metrics and guardrails for each experiment.', false]],
  'Guardrail Metrics': [['Define metrics and guardrails for each experiment.', true], ['Build guardrails for prompts to the LLM.', false]],
  Mentoring: [['Mentor junior statisticians and programmers.', true], ['Members get coaching that fits their lives.', false], ['Coaching junior analysts on SQL.', true]],
  Llama: [['Fine-tune Llama 3 and ClinicalBERT models.', true], ['A llama farm near the office.', false]],
  Claude: [['Prompting Claude and GPT-4 through the API.', true], ['Claude Bernard founded experimental medicine.', false]],
  Gemini: [['Evaluate Gemini and GPT-4 as LLM judges.', true], ['Born under the sign of Gemini.', false]],
  Mistral: [['Open-weights models such as Mistral and Llama.', true], ['A cold mistral blew through Provence.', false]],
  Chroma: [['Store embeddings in Chroma or Pinecone for retrieval.', true], ['Chroma and hue of the stained slide.', false]],
  STAR: [['Align reads with STAR and BWA for RNA-seq.', true], ['Answer in the STAR format during interviews.', false]],
  Salmon: [['Quantify transcripts with Salmon or kallisto.', true], ['Salmon is served in the cafeteria on Fridays.', false]],
  Galaxy: [['Build Galaxy workflows for sequencing pipelines.', true], ['A galaxy far away.', false]],
  ATLAS: [['Define cohorts in ATLAS on OMOP data.', true], ['An ATLAS OF THE WORLD hangs in the lobby.', false]],
  HADES: [['Run OHDSI HADES packages on OMOP in R.', true], ['HADES AND PERSEPHONE: a myth retold.', false]],
  Achilles: [['Data quality checks with Achilles on the OMOP CDM.', true], ['Achilles tendon rupture rehabilitation.', false]],
  ROR: [['Disproportionality (PRR, ROR) on FAERS reports.', true], ['ROR SUPPORT FOR OUR RAILS APPS.', false]],
  PRR: [['Disproportionality (PRR, ROR) on FAERS reports.', true], ['PRR RATES WERE UNCHANGED.', false]],
  ACL: [['Publications at ACL or EMNLP.', true], ['Recovery after ACL reconstruction surgery.', false]],
  'Sequence Alignment': [['Alignment (BWA-MEM, STAR) and variant calling on WGS reads.', true], ['Strategic alignment with the business and clinical sequencing teams.', false], ['Drive alignment across stakeholders.', false]],
  Jupyter: [['Turn notebooks into tested, versioned Python training code.', true], ['Lab notebooks must be signed daily by the study nurse.', false], ['A free notebook and pen for every new starter.', false]],
  SEND: [['SEND datasets for nonclinical studies under CDISC.', true], ['PLEASE SEND YOUR CV BY FRIDAY.', false]],
  NDA: [['Support NDA submissions to the FDA.', true], ['Candidates sign an NDA before the interview.', false]],
  IND: [['IND-enabling studies and FDA submissions.', true], ['Offices in IND and OH.', false]],
  BLA: [['A BLA filing with the FDA.', true], ['BLA BLA BLA.', false]],
  Ray: [['Distributed training with Ray and Dask.', true], ['Ray Chen, our CTO, built the platform.', false]],
  Helm: [['Deploy with Helm charts on Kubernetes.', true], ['Helm of the ship.', false]],
  Stan: [['Bayesian hierarchical models in Stan or PyMC.', true], ['Stan Lee wrote comics.', false]],
  Reporting: [['Operational reporting and dashboards in Tableau.', true], ['Reporting to the VP of Analytics.', false]],
  R: [['Working knowledge of R and SAS.', true], ['Our R&D group works with radiology.', false]],
  Go: [['Go or Rust for platform services.', true], ['We go the extra mile for patients.', false]],
  Excel: [['Advanced Excel (pivot tables).', true], ['You will excel at explaining results.', false]],
  Spark: [['Spark or Databricks for large cohorts.', true], ['People who spark ideas across teams.', false]],
  C: [['Embedded C and C++ on devices.', true], ['Vitamin C levels were measured.', false]],
  Dash: [['Dashboards in Plotly Dash and Streamlit.', true], ['A dash of humour helps.', false]],
  Lambda: [['Functions in Lambda with Python on AWS.', true], ['The lambda parameter of the Poisson model.', false]],
  React: [['Frontend in React and TypeScript.', true], ['Clinicians react quickly to alerts.', false]],
  Rust: [['Services in Rust and Python.', true], ['Rust on the old pipes.', false]],
  Swift: [['iOS apps in Swift and Kotlin.', true], ['A swift response to outages.', false]],
  Shiny: [['Interactive apps in R Shiny and Dash.', true], ['A shiny new office.', false]],
};

const terms = (text: string) => findKeywords(text, lexicon).map((match) => match.term);

describe('every ambiguous surface form: counted in context, not elsewhere', () => {
  for (const [term, cases] of Object.entries(CASES)) {
    for (const [text, expected] of cases) {
      it(`${expected ? 'is' : 'is not'} ${term}: "${text}"`, () => {
        if (expected) expect(terms(text)).toContain(term);
        else expect(terms(text)).not.toContain(term);
      });
    }
  }

  it('each keyword with a context rule or an ambiguous form has a positive and a negative case here', () => {
    const ruled = new Set<string>();
    for (const keyword of [...lexicon.terms, ...keywordsOf(medicalAi), ...keywordsOf(dataScience)]) {
      if (keyword.context !== undefined || (keyword.ambiguous?.length ?? 0) > 0) ruled.add(keyword.term);
    }
    const missing = [...ruled].filter((term) => !(CASES[term]?.some(([, yes]) => yes) && CASES[term]?.some(([, yes]) => !yes)));
    expect(missing).toEqual([]);
  });
});
