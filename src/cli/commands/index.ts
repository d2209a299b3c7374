import type { Command } from 'commander';
<<<<<<< HEAD
import { registerRoadmap } from './roadmap.js';
=======
import { registerGithub } from './github.js';
import { registerReadme } from './readme.js';
>>>>>>> github

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

<<<<<<< HEAD
export const commands: RegisterCommand[] = [registerRoadmap];
=======
export const commands: RegisterCommand[] = [registerGithub, registerReadme];
>>>>>>> github
