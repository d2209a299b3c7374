/// <reference lib="webworker" />
import type { ResumeSection } from '../../model/index.js';
import type { Resume } from '../../model/resume.js';
import { loadBundledData } from './bundled-data.js';
import { PipelineRunner } from './pipeline-core.js';
import type { FromWorker, PipelineInputs, ToWorker } from './pipeline-messages.js';

// The pipeline (roadmap parse, evidence, coverage, bullets, resume, lint) runs here, off the main
// thread: the page paints and answers keys while it works. It posts the score first (prepare),
// then the built resume; a newer input that arrives in between skips the stale build.

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

const runner = new PipelineRunner(loadBundledData());
post({ type: 'bundled', keywordSets: runner.bundled.keywordSets, resumeTemplates: runner.bundled.resumeTemplates, phraseBook: runner.bundled.phraseBook });

/** The inputs as last sent: the main thread sends only the parts that changed, so unchanged parts keep their identity (and the runner's caches hold). */
let inputs: PipelineInputs | null = null;
let newest = 0;
const queue: ToWorker[] = [];
let working = false;

/** Let messages that arrived meanwhile in (a newer input makes the rest of this run stale). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'run') {
    inputs = { ...(inputs ?? EMPTY_INPUTS), ...message.changed };
    newest = message.seq;
  }
  queue.push(message);
  if (!working) void work();
};

const EMPTY_INPUTS: PipelineInputs = { roadmapText: null, roadmapFileName: '', repos: [], profile: {}, jobDescription: '', keywordSet: '', template: '' };

async function work(): Promise<void> {
  working = true;
  try {
    while (queue.length > 0) {
      const message = queue.shift()!;
      try {
        await handle(message);
      } catch (error) {
        post({ type: 'failed', seq: message.seq, message: error instanceof Error ? error.message : String(error) });
      }
      await nextTask();
    }
  } finally {
    working = false;
  }
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'run') {
    // Runs the newest input only: earlier ones still queued are already out of date.
    if (message.seq !== newest || inputs === null) return;
    const current = inputs;
    const lexicon = await runner.lexiconFor(current);
    const step = runner.prepare(current, lexicon);
    post({ type: 'prepared', seq: message.seq, view: step.view });
    await nextTask();
    if (newest !== message.seq) return;
    post({ type: 'built', seq: message.seq, view: runner.build(step.prepared, current) });
    return;
  }
  if (message.type === 'draft') {
    if (inputs === null) return post({ type: 'draft', seq: message.seq, view: null });
    const step = runner.prepare(inputs, await runner.lexiconFor(inputs));
    post({ type: 'draft', seq: message.seq, view: runner.build(step.prepared, inputs, true) });
    return;
  }
  // The read-back check of a rendered resume PDF: pdf.js (unpdf) loads here on the first check.
  const { checkResumePdf } = await import('../../check/index.js');
  const check = await checkResumePdf(message.pdf, message.resume as Resume, { margin: message.margin, sections: message.sections as ResumeSection[] });
  post({ type: 'checked', seq: message.seq, check });
}
