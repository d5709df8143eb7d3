// Test preload (`node -r`, inherited by worker threads): any attempt to open a network
// connection or resolve a name is recorded on stderr and fails. The CLI must never trigger it.
// Never import this module: loading it is what installs the guard.
import dns from 'node:dns';
import net from 'node:net';

const NETWORK_MARK = 'gov-report-network-attempt';

function refuse(what: string): never {
  process.stderr.write(`${NETWORK_MARK} ${what}\n`);
  throw new Error(`network access refused: ${what}`);
}

net.Socket.prototype.connect = function connect(): never { return refuse('net.Socket.connect'); } as never;
dns.lookup = ((host: string) => refuse(`dns.lookup ${host}`)) as never;
dns.resolve = ((host: string) => refuse(`dns.resolve ${host}`)) as never;
