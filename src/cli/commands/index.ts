import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerJd } from './jd.js';

/** Each command lives in its own file and adds itself to the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [registerJd, registerAnalyze];
