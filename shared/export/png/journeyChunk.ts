/** The journey file inside an exported PNG: embed on export, extract on import. */
import { scanChunks, spliceChunks, type PngChunk } from './chunks';
import { makeITXtChunk, readITXt, textChunkKeyword } from './textChunks';

/** The iTXt keyword under which the journey file is stored. */
export const JOURNEY_CHUNK_KEYWORD = 'journeyboard';

/** Keywords other apps use for the scene they embed in their PNG exports. */
const OTHER_APP_KEYWORDS: Record<string, string> = {
  'application/vnd.excalidraw+json': 'Excalidraw',
  mxfile: 'draw.io',
  mxGraphModel: 'draw.io',
};

export function embedJourneyInPng(png: Uint8Array, journeyFile: string): Uint8Array {
  return spliceChunks(png, [makeITXtChunk(JOURNEY_CHUNK_KEYWORD, journeyFile)], isJourneyChunk);
}

function isJourneyChunk(chunk: PngChunk, png: Uint8Array): boolean {
  return chunk.type === 'iTXt' && textChunkKeyword(png, chunk) === JOURNEY_CHUNK_KEYWORD;
}

export type JourneyExtraction =
  | { ok: true; text: string }
  | { ok: false; reason: 'notPng' | 'noJourney' | 'chunkCorrupt' | 'chunkTruncated' | 'tooLarge'; otherApp?: string };

export function extractJourneyFromPng(png: Uint8Array, maxBytes: number): JourneyExtraction {
  const scan = scanChunks(png, { checkCrc: (type) => type === 'iTXt' });
  if (!scan.ok && scan.reason === 'notPng') return { ok: false, reason: 'notPng' };
  let otherApp: string | undefined;
  for (const chunk of scan.chunks) {
    const keyword = textChunkKeyword(png, chunk);
    if (keyword === null) continue;
    if (chunk.type === 'iTXt' && keyword === JOURNEY_CHUNK_KEYWORD) {
      if (chunk.dataStart + chunk.length + 4 > png.length) return { ok: false, reason: 'chunkTruncated' };
      if (!chunk.crcOk) return { ok: false, reason: 'chunkCorrupt' };
      const read = readITXt(png, chunk, maxBytes);
      if (!read.ok) return { ok: false, reason: read.reason === 'tooLarge' ? 'tooLarge' : 'chunkCorrupt' };
      return { ok: true, text: read.text };
    }
    otherApp ??= OTHER_APP_KEYWORDS[keyword];
  }
  if (!scan.ok) return { ok: false, reason: 'chunkCorrupt' };
  // Cut off before IEND: the journey may have been in the part that is missing.
  if (!scan.complete && !otherApp) return { ok: false, reason: 'chunkTruncated' };
  return otherApp ? { ok: false, reason: 'noJourney', otherApp } : { ok: false, reason: 'noJourney' };
}
