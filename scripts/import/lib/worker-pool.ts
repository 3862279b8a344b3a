import {
  MessageChannel,
  type MessagePort,
  type ResourceLimits,
  Worker,
  parentPort,
  receiveMessageOnPort,
  workerData,
} from 'node:worker_threads';

/** How a worker answers one task. */
type Reply<Result> = { ok: true; value: Result } | { ok: false; error: string };

/** What every pool worker gets: where to answer, how to wake the caller, and the caller's data. */
interface PoolWorkerData {
  port: MessagePort;
  signal: Int32Array;
  data: unknown;
}

interface Member {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

/**
 * A fixed set of worker threads driven synchronously: `submit` hands tasks out in turn, `take`
 * blocks (Atomics.wait) until the next result in submission order. Importers are synchronous
 * (`Importer.run`), so results cannot arrive through the event loop; each worker answers on its
 * own port, read with `receiveMessageOnPort`, and bumps a shared counter to wake the caller.
 */
export class SyncWorkerPool<Task, Result> {
  readonly #members: Member[];
  #submitted = 0;
  #taken = 0;

  /**
   * Starts `size` workers running `entry`, a module that calls `serveTasks`. A worker that runs
   * out of `limits` dies without answering, and the caller cannot see that while it blocks: keep
   * tasks well inside them.
   */
  constructor(entry: URL, size: number, data: unknown, limits: ResourceLimits = {}) {
    this.#members = Array.from({ length: size }, () => {
      const { port1, port2 } = new MessageChannel();
      const signal = new Int32Array(new SharedArrayBuffer(4));
      const init: PoolWorkerData = { port: port2, signal, data };
      const worker = new Worker(entry, {
        workerData: init,
        transferList: [port2],
        resourceLimits: limits,
      });
      // Never the reason the process stays alive; `close` ends them after the last result.
      worker.unref();
      return { worker, port: port1, signal };
    });
  }

  /** Workers in the pool. */
  get size(): number {
    return this.#members.length;
  }

  /** Tasks handed out and not yet taken back. */
  get pending(): number {
    return this.#submitted - this.#taken;
  }

  /** Hands `task` to the next worker; `transfer` names buffers that move with it. */
  submit(task: Task, transfer: ArrayBuffer[] = []): void {
    this.#members[this.#submitted++ % this.#members.length]!.worker.postMessage(task, transfer);
  }

  /** The result of the oldest task not yet taken; throws what the worker threw. */
  take(): Result {
    if (this.pending === 0) throw new Error('SyncWorkerPool.take: no task is pending.');
    const member = this.#members[this.#taken++ % this.#members.length]!;
    for (;;) {
      const seen = Atomics.load(member.signal, 0);
      const message = receiveMessageOnPort(member.port);
      if (message) {
        const reply = message.message as Reply<Result>;
        if (!reply.ok) throw new Error(`A worker of the import failed: ${reply.error}`);
        return reply.value;
      }
      // Wakes when the worker answers; the timeout only re-checks, it never gives up.
      Atomics.wait(member.signal, 0, seen, 1000);
    }
  }

  close(): void {
    for (const member of this.#members) {
      member.port.close();
      void member.worker.terminate();
    }
  }
}

/**
 * Worker side: sets up once with the pool's data, then answers each task with the handler, in
 * order. A failed setup (a module that does not load, say) is answered task by task, so the
 * caller's `take` throws instead of waiting for a worker that will never answer. `transferOf`
 * names buffers of a result that move to the caller instead of being copied: the worker must not
 * touch them again.
 */
export async function serveTasks<Task, Result, Data>(
  setup: (data: Data) => Promise<(task: Task) => Result>,
  transferOf: (result: Result) => ArrayBuffer[] = () => [],
): Promise<void> {
  const { port, signal, data } = workerData as PoolWorkerData;
  const answer = (reply: Reply<Result>) => {
    port.postMessage(reply, reply.ok ? transferOf(reply.value) : []);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  const failed = (error: unknown) => String((error as Error | undefined)?.stack ?? error);
  let handle: ((task: Task) => Result) | undefined;
  let failure = 'worker setup failed';
  try {
    handle = await setup(data as Data);
  } catch (error) {
    failure = failed(error);
  }
  // Tasks posted meanwhile wait in the port's queue until this listener starts it.
  parentPort!.on('message', (task: Task) => {
    if (!handle) return answer({ ok: false, error: failure });
    try {
      answer({ ok: true, value: handle(task) });
    } catch (error) {
      answer({ ok: false, error: failed(error) });
    }
  });
}
