// Entry of the `gov-report` CLI (bundled to dist/cli.js, run by bin/gov-report.js). The same
// script serves as the worker of the thread pool when it is started as a worker thread.
import { runCli } from './run';
import { isPoolWorker, serveBatches } from './worker';

if (isPoolWorker()) {
  serveBatches();
} else {
  runCli(process.argv.slice(2), {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    cwd: process.cwd(),
    env: process.env,
    workerScript: __filename,
    bundleDir: __dirname,
  }).then((code) => { process.exitCode = code; });
}
