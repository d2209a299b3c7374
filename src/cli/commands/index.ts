import type { Command } from 'commander';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Command name → a loader of its register function. Commands load lazily so `roadfolio jd` does
 * not pay for octokit, markdown or react-pdf at start-up (a cold `jd` has a 300 ms budget); main
 * loads only the command named on the command line, or all of them for the overall help.
 */
export const commandLoaders: Record<string, () => Promise<RegisterCommand>> = {
  roadmap: async () => (await import('./roadmap.js')).registerRoadmap,
  github: async () => (await import('./github.js')).registerGithub,
  readme: async () => (await import('./readme.js')).registerReadme,
  build: async () => (await import('./build.js')).registerBuild,
  check: async () => (await import('./check.js')).registerCheck,
  jd: async () => (await import('./jd.js')).registerJd,
  analyze: async () => (await import('./analyze.js')).registerAnalyze,
  serve: async () => (await import('./serve.js')).registerServe,
  apply: async () => (await import('./apply.js')).registerApply,
  applications: async () => (await import('./applications.js')).registerApplications,
};
