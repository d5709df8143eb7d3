// Test preload (`node -r`): prints the process's peak resident memory on exit, so a test can
// show a big input was refused without being read, or read without running out of memory.
// Never import this module: loading it is what installs the hook.
process.on('exit', () => {
  process.stderr.write(`gov-report-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
