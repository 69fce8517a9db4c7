/**
 * Compresses an exported PNG's rows off the main thread (issue 15): one worker owns the zlib
 * stream (the platform's own deflate, which a PNG needs as ONE stream), while the window draws
 * the next band. Where workers are missing (unit tests in Node) the same RowCompressor runs in
 * place.
 */
import { RowCompressor } from '../../../shared/export/png/rows';
import type { CompressReply, CompressRequest } from './compressWorker';

export interface RowSink {
  /** Filters and deflates a band; `rgba`'s buffer is handed over (not usable afterwards). Resolves once written. */
  write(rgba: Uint8Array, rows: number): Promise<void>;
  /** The zlib stream of every band written. */
  finish(): Promise<Uint8Array[]>;
  /** Stops: a cancelled export drops the worker and what it holds. */
  close(): void;
}

export function createRowSink(width: number): RowSink {
  if (typeof Worker === 'undefined') {
    const compressor = new RowCompressor(width);
    return { write: (rgba, rows) => compressor.write(rgba, rows), finish: () => compressor.finish(), close: () => undefined };
  }
  const worker = new Worker(new URL('./compressWorker.ts', import.meta.url), { type: 'module', name: 'png-compress' });
  const written = new Map<number, { resolve(): void; reject(error: Error): void }>();
  let done: { resolve(zlib: Uint8Array[]): void; reject(error: Error): void } | null = null;
  let failure: Error | null = null;
  let nextId = 1;
  const fail = (error: Error) => {
    failure ??= error;
    for (const w of written.values()) w.reject(error);
    written.clear();
    done?.reject(error);
    done = null;
  };
  worker.onmessage = (event: MessageEvent<CompressReply>) => {
    const reply = event.data;
    if (reply.type === 'written') {
      written.get(reply.id)?.resolve();
      written.delete(reply.id);
    } else if (reply.type === 'done') {
      done?.resolve(reply.zlib);
      done = null;
    } else fail(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the compression worker failed'));
  };
  const send = (request: CompressRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  send({ type: 'start', width });
  return {
    write(rgba, rows) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      const promise = new Promise<void>((resolve, reject) => written.set(id, { resolve, reject }));
      send({ type: 'band', id, rgba, rows }, [rgba.buffer as ArrayBuffer]);
      return promise;
    },
    finish() {
      if (failure) return Promise.reject(failure);
      const promise = new Promise<Uint8Array[]>((resolve, reject) => (done = { resolve, reject }));
      send({ type: 'finish' });
      return promise;
    },
    close() {
      worker.terminate();
      fail(new Error('compression stopped'));
    },
  };
}
