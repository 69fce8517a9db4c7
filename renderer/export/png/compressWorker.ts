/**
 * The worker that filters and deflates an exported PNG's rows (issue 15): the window draws
 * the next band on its core while this one compresses, so a large export neither stalls the
 * window nor waits for compression to start. Bands arrive in order; each is acknowledged once
 * written, which lets the window draw only a little ahead.
 */
import { RowCompressor } from '../../../shared/export/png/rows';

export type CompressRequest =
  | { type: 'start'; width: number }
  | { type: 'band'; id: number; rgba: Uint8Array; rows: number }
  | { type: 'finish' };
export type CompressReply = { type: 'written'; id: number } | { type: 'done'; zlib: Uint8Array[] } | { type: 'failed'; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompressRequest>) => void) | null;
  postMessage(message: CompressReply, transfer?: Transferable[]): void;
};

let compressor: RowCompressor | null = null;
let queue: Promise<void> = Promise.resolve();

async function handle(request: CompressRequest): Promise<void> {
  if (request.type === 'start') {
    compressor = new RowCompressor(request.width);
    return;
  }
  if (!compressor) throw new Error('no picture started');
  if (request.type === 'band') {
    await compressor.write(request.rgba, request.rows);
    scope.postMessage({ type: 'written', id: request.id });
    return;
  }
  const zlib = await compressor.finish();
  compressor = null;
  scope.postMessage({ type: 'done', zlib }, zlib.map((z) => z.buffer as ArrayBuffer));
}

scope.onmessage = (event) => {
  // One request after the other: rows must reach the stream in order.
  queue = queue
    .then(() => handle(event.data))
    .catch((error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
