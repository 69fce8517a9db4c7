/**
 * A worker that filters and deflates bands of an exported PNG (issue 15): the window keeps
 * drawing and answering while the bands are compressed here, one per core.
 */
import { compressSegment, type SegmentInput, type SegmentOutput } from '../../../shared/export/png/segments';

export interface CompressRequest {
  id: number;
  input: SegmentInput;
}
export type CompressReply = { id: number; ok: true; output: SegmentOutput } | { id: number; ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CompressRequest>) => void) | null;
  postMessage(message: CompressReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const output = compressSegment(input);
    scope.postMessage({ id, ok: true, output }, [output.deflated.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
