/**
 * The workers that compress an exported PNG's bands, one per core (at least two, at most four).
 * Where workers are missing (unit tests in Node) the bands are compressed in place, with the
 * same code.
 */
import { compressSegment, type SegmentInput, type SegmentOutput } from '../../../shared/export/png/segments';
import type { CompressReply, CompressRequest } from './compressWorker';

export interface SegmentCompressor {
  /** How many bands compress at the same time. */
  readonly parallel: number;
  /** Compresses a band; its `rgba` buffer is handed over to the worker (not usable afterwards). */
  compress(input: SegmentInput): Promise<SegmentOutput>;
  /** Stops the workers; bands still compressing are dropped (their promises reject). */
  close(): void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(output: SegmentOutput): void; reject(error: Error): void }>;
}

export function workerCount(cores: number | undefined): number {
  return Math.max(2, Math.min(4, cores ?? 2));
}

export function createCompressor(): SegmentCompressor {
  if (typeof Worker === 'undefined') {
    return { parallel: 1, compress: async (input) => compressSegment(input), close: () => undefined };
  }
  const slots: Slot[] = [];
  const count = workerCount(typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined);
  let nextId = 1;
  let closed = false;
  for (let i = 0; i < count; i += 1) {
    const worker = new Worker(new URL('./compressWorker.ts', import.meta.url), { type: 'module', name: `png-compress-${i + 1}` });
    const slot: Slot = { worker, pending: new Map() };
    worker.onmessage = (event: MessageEvent<CompressReply>) => {
      const reply = event.data;
      const waiting = slot.pending.get(reply.id);
      if (!waiting) return;
      slot.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.output);
      else waiting.reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const waiting of slot.pending.values()) waiting.reject(new Error(event.message || 'compression worker failed'));
      slot.pending.clear();
    };
    slots.push(slot);
  }
  return {
    parallel: count,
    compress(input) {
      if (closed) return Promise.reject(new Error('compressor closed'));
      // The least busy worker takes the band.
      const slot = slots.reduce((best, s) => (s.pending.size < best.pending.size ? s : best));
      const id = nextId++;
      return new Promise<SegmentOutput>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        const request: CompressRequest = { id, input };
        const transfer: Transferable[] = [input.rgba.buffer as ArrayBuffer];
        slot.worker.postMessage(request, transfer);
      });
    },
    close() {
      closed = true;
      for (const slot of slots) {
        slot.worker.terminate();
        for (const waiting of slot.pending.values()) waiting.reject(new Error('compressor closed'));
        slot.pending.clear();
      }
    },
  };
}
