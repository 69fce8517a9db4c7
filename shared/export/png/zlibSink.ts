/**
 * Where the PNG encoder's filtered rows are deflated: the platform's own zlib through
 * CompressionStream (Chromium, Electron and Node 18+; about four times faster than JavaScript),
 * or fflate where that is missing. Both produce a zlib stream (RFC 1950), which is exactly what
 * PNG's IDAT chunks carry.
 */
import { Zlib } from 'fflate';

export interface ZlibSink {
  write(data: Uint8Array): Promise<void>;
  /** Ends the stream; resolves once every compressed byte has been handed to `onData`. */
  close(): Promise<void>;
}

export function fflateSink(level: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9, onData: (data: Uint8Array) => void): ZlibSink {
  const zlib = new Zlib({ level, mem: 8 }, (data) => onData(data));
  return {
    async write(data) {
      zlib.push(data, false);
    },
    async close() {
      zlib.push(new Uint8Array(0), true);
    },
  };
}

export function hasNativeDeflate(): boolean {
  return typeof CompressionStream === 'function';
}

export function nativeSink(onData: (data: Uint8Array) => void): ZlibSink {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onData(value);
    }
  })();
  return {
    async write(data) {
      await writer.ready;
      // The rows are filtered into a fresh buffer per band, which the stream may keep.
      await writer.write(data as Uint8Array<ArrayBuffer>);
    },
    async close() {
      await writer.close();
      await reading;
    },
  };
}
