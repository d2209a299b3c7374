import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerGithub } from './github.js';
import { registerJd } from './jd.js';
import { registerReadme } from './readme.js';
import { registerRoadmap } from './roadmap.js';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerRoadmap, registerGithub, registerReadme, registerJd, registerAnalyze];
