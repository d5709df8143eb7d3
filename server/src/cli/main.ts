// Entry of the `gov-report` CLI (bundled to dist/cli.js, run by bin/gov-report.js). The same
// script serves as the worker of the thread pool when it is started as a worker thread.
import { runCli } from './run';
import { isPoolWorker, serveBatches } from './worker';

if (isPoolWorker()) {
  serveBatches();
} else {
  const argv = process.argv.slice(2);
  if (argv[0] !== 'lsp') {
    // `gov-report check … | head`: a closed pipe ends the run quietly.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
    // Last resort: one line, exit 2, never a stack trace.
    process.on('uncaughtException', (error) => {
      process.stderr.write(`gov-report: ${String(error?.message ?? error).split('\n')[0]}\n`);
      process.exit(2);
    });
  }
  runCli(argv, {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    cwd: process.cwd(),
    env: process.env,
    workerScript: __filename,
    bundleDir: __dirname,
  }).then((code) => { process.exitCode = code; });
}
