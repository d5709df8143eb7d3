// Test preload (`node -r`, also given to worker threads through execArgv): every way a process can
// reach the network, start a program, evaluate a string as code, or load a module from outside the
// installed extension is refused — recorded on stderr with SANDBOX_MARK and made to throw. The
// extension, the language server and the CLI must never trigger it.
// Never import this module from product code: loading it is what installs the guard.
import childProcess from 'node:child_process';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import Module from 'node:module';
import net from 'node:net';
import { resolve, sep } from 'node:path';
import tls from 'node:tls';
import vm from 'node:vm';

const SANDBOX_MARK = 'gov-report-sandbox-violation';

/** Where modules may come from: the checkout holding this file (its dist/, server/out/, node_modules/). */
const ROOT = resolve(__dirname, '..', '..', '..');

function refuse(what: string): never {
  try {
    process.stderr.write(`${SANDBOX_MARK} ${what}\n`);
  } catch {
    // stderr closed: the throw still refuses
  }
  throw new Error(`sandbox: refused ${what}`);
}

const replace = (target: object, name: string, what: string): void => {
  Object.defineProperty(target, name, {
    value: (...args: unknown[]) => refuse(`${what} ${String(args[0]).slice(0, 80)}`),
    writable: true,
    configurable: true,
  });
};

// Network: sockets (net.connect, http, https, tls all end here), name resolution, UDP.
replace(net.Socket.prototype, 'connect', 'net.Socket.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) replace(dns, name, `dns.${name}`);
replace(dns.promises, 'lookup', 'dns.promises.lookup');
for (const name of ['request', 'get']) {
  replace(http, name, `http.${name}`);
  replace(https, name, `https.${name}`);
}
replace(tls, 'connect', 'tls.connect');
replace(dgram, 'createSocket', 'dgram.createSocket');

// Programs: nothing is started from the workspace (or at all).
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) replace(childProcess, name, `child_process.${name}`);

// Strings as code.
replace(globalThis, 'eval', 'eval');
for (const name of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) replace(vm, name, `vm.${name}`);

// Modules: Node's own, or files inside the checkout — never a file from a workspace or elsewhere.
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleApi = Module as unknown as { _load: Load; _resolveFilename: (request: string, parent: unknown, isMain: boolean) => string; builtinModules: string[] };
const load = moduleApi._load;
moduleApi._load = function guardedLoad(request: string, parent: unknown, isMain: boolean): unknown {
  const bare = request.startsWith('node:') ? request.slice(5) : request;
  if (!moduleApi.builtinModules.includes(bare)) {
    let file: string;
    try {
      file = moduleApi._resolveFilename(request, parent, isMain);
    } catch {
      return load.call(this, request, parent, isMain);
    }
    if (!file.startsWith(ROOT + sep) || file.startsWith(resolve(ROOT, 'test-fixtures') + sep)) refuse(`require ${file}`);
  }
  return load.call(this, request, parent, isMain);
};
