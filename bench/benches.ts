<<<<<<< HEAD
import { roadmapBench } from './roadmap.js';
=======
import { githubBench } from './github.js';
>>>>>>> github

export interface Bench {
  name: string;
  run(): Promise<void>;
}

/** Each area adds its benchmark here. */
<<<<<<< HEAD
export const benches: Bench[] = [roadmapBench];
=======
export const benches: Bench[] = [githubBench];
>>>>>>> github
