// Entry of the `gov-report` CLI (bundled to dist/cli.js, run by bin/gov-report.js). The same
// script serves as the worker of the thread pool when it is started as a worker thread.
import { EXIT_USAGE, runCli } from './run';
import { messages } from './messages';
import { isPoolWorker, serveBatches } from './worker';

if (isPoolWorker()) {
  serveBatches();
} else {
  const argv = process.argv.slice(2);
  if (argv[0] !== 'lsp') {
    // Output that cannot be written (a closed pipe, a full disk: `> /dev/full`) is a failure, never a
    // success with the output lost: one line on stderr (if it is still open), exit 2.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      const english = argv.some((a, i) => a === '--locale=en' || (a === '--locale' && argv[i + 1] === 'en'));
      const m = messages(english ? 'en' : 'zh-CN');
      try {
        process.stderr.write(`gov-report: ${m.error}${m.cannotWrite(error.code ?? error.message)}\n`);
      } catch {
        // stderr is gone too: the exit code still tells.
      }
      process.exit(EXIT_USAGE);
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
