import { applicationsBench } from './applications.js';
import { buildBench } from './build.js';
import { githubBench } from './github.js';
import { keywordsBench } from './keywords.js';
import { resumeCheckBench } from './resume-check.js';
import { roadmapBench } from './roadmap.js';
import { scaleBench } from './scale.js';
import { webBundleBench } from './web-bundle.js';
import { webBrowserBench } from './web-browser.js';

export interface Bench {
  name: string;
  run(): Promise<void>;
}

/** Each area adds its benchmark here. */
export const benches: Bench[] = [roadmapBench, githubBench, buildBench, resumeCheckBench, keywordsBench, webBundleBench, applicationsBench, scaleBench, webBrowserBench];
