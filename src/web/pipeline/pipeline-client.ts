import type { ResumeCheck } from '../../check/index.js';
import type { KeywordSet, PhraseBook, ResumeSection, ResumeTemplate } from '../../model/index.js';
import type { Resume } from '../../model/resume.js';
import type { BuiltView, FromWorker, PipelineInputs, PreparedView, ToWorker } from './pipeline-messages.js';

/** What the pages are built from: the latest of each step the worker posted, replaced (never mutated) on each message. */
export interface PipelineSnapshot {
  bundled: { keywordSets: KeywordSet[]; resumeTemplates: ResumeTemplate[]; phraseBook: PhraseBook } | null;
  prepared: { seq: number; view: PreparedView } | null;
  built: { seq: number; view: BuiltView } | null;
  /** The newest input sent: results with a lower seq are being replaced. */
  sent: number;
  /** The worker itself could not run (it failed to load or threw outside a step). */
  failure: string | null;
}

type Waiter = { resolve: (value: never) => void; reject: (error: Error) => void };

/**
 * The main thread's end of the pipeline worker: sends the inputs (only the parts that changed),
 * keeps the latest results for React (useSyncExternalStore), and answers one-off requests
 * (a draft build, a PDF read-back) with promises.
 */
export class PipelineClient {
  private readonly worker: Worker;
  private seq = 0;
  private sentInputs: Partial<PipelineInputs> = {};
  private readonly listeners = new Set<() => void>();
  private readonly waiting = new Map<number, Waiter>();
  private current: PipelineSnapshot = { bundled: null, prepared: null, built: null, sent: 0, failure: null };

  constructor() {
    this.worker = new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module', name: 'roadfolio-pipeline' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.update({ failure: `The app's pipeline stopped: ${event.message || 'the worker script could not load'}. Reload the page to try again.` });
      for (const waiter of this.waiting.values()) waiter.reject(new Error('the pipeline stopped'));
      this.waiting.clear();
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): PipelineSnapshot => this.current;

  /** Send the inputs; a part is sent only when it is not the object sent last time. */
  run(inputs: PipelineInputs): void {
    const changed: Partial<PipelineInputs> = {};
    for (const key of Object.keys(inputs) as Array<keyof PipelineInputs>) {
      if (this.sentInputs[key] !== inputs[key]) Object.assign(changed, { [key]: inputs[key] });
    }
    if (this.current.sent > 0 && Object.keys(changed).length === 0) return;
    this.sentInputs = { ...inputs };
    this.seq++;
    this.post({ type: 'run', seq: this.seq, changed });
    this.update({ sent: this.seq });
  }

  /** A build with the `[add result]` markers printed, on the inputs sent last. */
  draft(): Promise<BuiltView | null> {
    return this.request<BuiltView | null>((seq) => ({ type: 'draft', seq }));
  }

  /** Read a rendered resume PDF back, the way `roadfolio check` does (pdf.js loads in the worker on first use). */
  check(pdf: Uint8Array, resume: Resume, margin: number, sections: readonly ResumeSection[]): Promise<ResumeCheck> {
    return this.request<ResumeCheck>((seq) => ({ type: 'check', seq, pdf, resume, margin, sections }));
  }

  private request<T>(message: (seq: number) => ToWorker): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(seq, { resolve: resolve as (value: never) => void, reject });
      this.post(message(seq));
    });
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'bundled': return this.update({ bundled: { keywordSets: message.keywordSets, resumeTemplates: message.resumeTemplates, phraseBook: message.phraseBook } });
      case 'prepared': return this.update({ prepared: { seq: message.seq, view: message.view } });
      case 'built': return this.update({ built: { seq: message.seq, view: message.view } });
      case 'draft': return this.settle(message.seq, (waiter) => waiter.resolve(message.view as never));
      case 'checked': return this.settle(message.seq, (waiter) => waiter.resolve(message.check as never));
      case 'failed':
        if (this.waiting.has(message.seq)) return this.settle(message.seq, (waiter) => waiter.reject(new Error(message.message)));
        return this.update({ failure: `The app's pipeline failed: ${message.message}` });
    }
  }

  private settle(seq: number, action: (waiter: Waiter) => void): void {
    const waiter = this.waiting.get(seq);
    if (waiter === undefined) return;
    this.waiting.delete(seq);
    action(waiter);
  }

  private update(change: Partial<PipelineSnapshot>): void {
    this.current = { ...this.current, ...change };
    for (const listener of this.listeners) listener();
  }
}

let client: PipelineClient | null = null;

/** The one pipeline worker of this page, started on first use. */
export function pipelineClient(): PipelineClient {
  client ??= new PipelineClient();
  return client;
}
