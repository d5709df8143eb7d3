import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { checkReport, type CheckResult } from '../core/check';
import type { CheckOptions } from '../core/options';
import { documentTextOf, type DocumentText } from './document-files';

/**
 * Documents at least this long (UTF-16 code units, about 0.5–0.75 MB) are checked on a worker
 * thread: a multi-megabyte report takes the core hundreds of milliseconds or more, and meanwhile
 * the server must keep answering hovers and edits elsewhere. Smaller ones stay on the main
 * thread, where a check costs a few milliseconds and no copying.
 */
export const BACKGROUND_MIN_LENGTH = 256 * 1024;

const WORKER_MARK = 'gov-report-check-worker';

type Job =
  | { readonly id: number; readonly kind: 'check'; readonly text: string; readonly options: CheckOptions }
  | { readonly id: number; readonly kind: 'read'; readonly path: string };

type Reply =
  | { readonly id: number; readonly ok: true; readonly result: CheckResult }
  | { readonly id: number; readonly ok: true; readonly read: DocumentText }
  | { readonly id: number; readonly ok: false };

/** True when this thread was started to check documents for the server (see main.ts). */
export const isCheckWorker = (): boolean =>
  !isMainThread && (workerData as { mark?: unknown } | undefined)?.mark === WORKER_MARK;

/**
 * The worker's side: check each text sent alone (phase `single`), one at a time (last year's report
 * is the main thread's); read .docx/.pdf/.html files into report text (pdf.js holds its thread while
 * it parses a page).
 */
export function serveChecks(): void {
  parentPort?.on('message', (job: Job) => {
    if (job.kind === 'read') {
      void documentTextOf(job.path).then((read) => parentPort?.postMessage({ id: job.id, ok: true, read } satisfies Reply));
      return;
    }
    let reply: Reply;
    try {
      const { report, findings } = checkReport(job.text, { options: job.options, phase: 'single' });
      // The text goes back without its copy: the main thread has it (see check()).
      reply = { id: job.id, ok: true, result: { report: { ...report, text: '' }, findings } };
    } catch {
      reply = { id: job.id, ok: false };
    }
    parentPort?.postMessage(reply);
  });
}

/** The script a check worker runs: the server entry (compiled `lsp/main.js`, or the bundle this code is in). */
function workerScript(): string | undefined {
  const candidates = [join(__dirname, 'main.js'), __filename];
  return candidates.find((p) => p.endsWith('.js') && existsSync(p));
}

interface Pending {
  /** A check's document (a newer check of it replaces one still waiting); undefined for reads. */
  readonly key: string | undefined;
  readonly job: Job;
  readonly resolve: (reply: Reply | undefined) => void;
}

/**
 * One long-lived worker thread that checks big documents and reads .docx/.pdf/.html files, in turn.
 * A check waiting for the worker is replaced when the same document asks again (only its newest text
 * matters); results come back as data (structured clone keeps the report's maps and bigints).
 * Without a worker script (or if the worker dies) `check` resolves undefined and the caller checks
 * on its own thread; `read` then reads on this thread.
 */
export class BackgroundChecker {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 1;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];

  /** Resolves with the check of `text`, or undefined when superseded by a newer request for `key` or when no worker can run. */
  check(key: string, text: string, options: CheckOptions): Promise<CheckResult | undefined> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiting = this.queue.findIndex((p) => p.key === key);
      if (waiting >= 0) this.queue.splice(waiting, 1)[0]!.resolve(undefined);
      const id = this.nextId++;
      this.queue.push({ key, job: { id, kind: 'check', text, options }, resolve: (reply) => resolve(reply && 'result' in reply ? { report: { ...reply.result.report, text }, findings: reply.result.findings } : undefined) });
      this.pump();
    });
  }

  /** A .docx/.pdf/.html file's report text, read on the worker (on this thread when no worker can run). */
  async read(path: string): Promise<DocumentText> {
    const worker = this.ensureWorker();
    const reply = worker && await new Promise<Reply | undefined>((resolve) => {
      this.queue.push({ key: undefined, job: { id: this.nextId++, kind: 'read', path }, resolve });
      this.pump();
    });
    return reply && 'read' in reply ? reply.read : documentTextOf(path);
  }

  dispose(): void {
    this.broken = true;
    for (const p of this.queue.splice(0)) p.resolve(undefined);
    this.running?.resolve(undefined);
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || !this.worker) return;
    const next = this.queue.shift();
    if (!next) return;
    this.running = next;
    // Referenced while it works (a pending check keeps the process alive), not while idle.
    this.worker.ref();
    this.worker.postMessage(next.job);
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    const script = workerScript();
    if (!script) {
      this.broken = true;
      return undefined;
    }
    try {
      const worker = new Worker(script, { workerData: { mark: WORKER_MARK } });
      worker.on('message', (reply: Reply) => {
        const done = this.running;
        this.running = undefined;
        worker.unref();
        if (done && done.job.id === reply.id) done.resolve(reply.ok ? reply : undefined);
        this.pump();
      });
      const fail = (): void => {
        // The worker is gone: everything waiting is answered "no result", to be checked on the main thread.
        this.broken = true;
        this.worker = undefined;
        this.running?.resolve(undefined);
        this.running = undefined;
        for (const p of this.queue.splice(0)) p.resolve(undefined);
      };
      worker.on('error', fail);
      worker.on('exit', () => { if (this.worker === worker) fail(); });
      // After the listeners (adding one refs the port again): an idle worker never keeps the process alive.
      worker.unref();
      this.worker = worker;
      return worker;
    } catch {
      this.broken = true;
      return undefined;
    }
  }
}
