import { join } from 'node:path';
import { bundledPath } from '../../store/package-files.js';
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { serveStaticSite } from '../static-server.js';
import { UsageError, UserError } from '../user-error.js';
import type { RegisterCommand } from './index.js';

const DEFAULT_PORT = 4173;
const builtApp = bundledPath('dist', 'web');

/** `roadfolio serve`: the built web app on 127.0.0.1. Opens no browser; prints the address. */
export const registerServe: RegisterCommand = (program: Command) => {
  program
    .command('serve')
    .description('serve the web app on 127.0.0.1 (build it first: npm run build)')
    .option('--port <n>', `port to listen on (0 picks a free one)`, String(DEFAULT_PORT))
    .action(async (options: { port: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${options.port}: give a port number from 0 to 65535`);
      if (!existsSync(join(builtApp, 'index.html'))) throw new UserError(`${join(builtApp, 'index.html')} is missing: build the web app with \`npm run build\``);
      let site;
      try {
        site = await serveStaticSite(builtApp, port);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UserError(`port ${port} is in use: pass --port N (0 picks a free one)`);
        throw error;
      }
      process.stdout.write(`Roadfolio is at ${site.url} (Ctrl+C to stop)\n`);
      const stop = () => { void site.close().then(() => process.exit(0)); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Keep the command running until a signal stops the server.
      await new Promise<void>((done) => site.server.once('close', () => done()));
    });
};
