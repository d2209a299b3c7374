import { webBundleBench } from './web-bundle.js';

export interface Bench {
  name: string;
  run(): Promise<void>;
}

/** Each area adds its benchmark here. */
export const benches: Bench[] = [webBundleBench];
