import type { Command } from 'commander';
import { registerRoadmap } from './roadmap.js';
import { registerGithub } from './github.js';
import { registerReadme } from './readme.js';
import { registerBuild } from './build.js';
import { registerServe } from './serve.js';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerRoadmap, registerGithub, registerReadme, registerBuild, registerServe];
