/** The package version, read from package.json (inlined by the bundler; found at run time under tsc). */
export const VERSION: string = (require('../../../package.json') as { version: string }).version;
