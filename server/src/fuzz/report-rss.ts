// Test preload (`node -r`): prints the process's peak resident memory and CPU time on exit, so a
// test can show a big input was refused without being read, or read without running out of memory,
// and compare the CPU time of two runs (growth, not a clock budget).
// Never import this module: loading it is what installs the hook.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`gov-report-max-rss-kb ${usage.maxRSS} ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
