#!/usr/bin/env node
'use strict';
// Runs the bundled CLI (dist/cli.js). `npm run build` also writes V8's code cache for it
// (dist/cli.js.cache, made by this script under GOV_REPORT_WRITE_CODE_CACHE): with it, Node skips
// compiling the 700 KB bundle on every start (about 35 ms). The cache starts with the bundle's SHA-1,
// since V8 checks only the source's length; a cache for another bundle or another Node is not used.
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${file}.cache`;
const writing = process.env.GOV_REPORT_WRITE_CODE_CACHE === '1';

const bytes = readFileSync(file);
const hash = createHash('sha1').update(bytes).digest();
const source = bytes.toString('utf8');
let cachedData;
if (!writing) {
  try {
    const cache = readFileSync(cacheFile);
    if (cache.subarray(0, hash.length).equals(hash)) cachedData = cache.subarray(hash.length);
  } catch {
    // no cache (a build without it): compiled as usual
  }
}
// A cache V8 rejects (another Node) is ignored: the script is compiled as usual.
const script = new vm.Script(Module.wrap(source), { filename: file, ...(cachedData ? { cachedData } : {}) });
if (writing) {
  // After the run, so the functions a check compiles lazily are in the cache too.
  process.once('exit', () => writeFileSync(cacheFile, Buffer.concat([hash, script.createCachedData()])));
}
const cli = new Module(file, module);
cli.filename = file;
cli.paths = Module._nodeModulePaths(dirname(file));
script.runInThisContext()(cli.exports, Module.createRequire(file), cli, file, dirname(file));
