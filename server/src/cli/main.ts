process.stdout.write('gov-report: CLI being built\n');
