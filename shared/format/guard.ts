/**
 * The quick guard (Excalidraw's isValidExcalidrawData): before anything else looks inside,
 * decide whether this is a journey file at all, and if it is another whiteboard app's file,
 * say which, so the facilitator knows to open it there instead.
 */
import { FORMAT_MARKER } from './fileFormat';
import { importError, type ImportError } from './result';

export type OtherApp = 'Excalidraw' | 'tldraw' | 'Miro' | 'draw.io';

/** Text that is not JSON but another app's format (draw.io saves XML). */
export function recogniseOtherAppText(text: string): OtherApp | null {
  const head = text.slice(0, 4096).trimStart();
  if (!head.startsWith('<')) return null;
  if (/<mxfile[\s>]|<mxGraphModel[\s>]/.test(head)) return 'draw.io';
  // Excalidraw's "Export to SVG" marks the picture and may embed the scene as a payload.
  if (/svg-source:excalidraw|payload-type:application\/vnd\.excalidraw\+json/.test(head)) return 'Excalidraw';
  return null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Item types of Miro's REST API (v2), which is what Miro board exports to JSON contain. */
const MIRO_ITEM_TYPES = new Set([
  'sticky_note', 'shape', 'text', 'frame', 'card', 'app_card', 'image', 'document', 'embed', 'connector',
]);

function looksLikeMiroItem(v: unknown): boolean {
  if (!isObject(v)) return false;
  const type = own(v, 'type');
  const links = own(v, 'links');
  const self = isObject(links) ? own(links, 'self') : undefined;
  if (typeof self === 'string' && /^https:\/\/api\.miro\.com\//.test(self)) return true;
  return typeof type === 'string' && MIRO_ITEM_TYPES.has(type) && isObject(own(v, 'position')) && isObject(own(v, 'data'));
}

export function recogniseOtherApp(value: unknown): OtherApp | null {
  if (Array.isArray(value)) return value.length > 0 && looksLikeMiroItem(value[0]) ? 'Miro' : null;
  if (!isObject(value)) return null;
  const type = own(value, 'type');
  if (typeof type === 'string' && /^excalidraw(lib|\/clipboard)?$/.test(type)) return 'Excalidraw';
  if (Array.isArray(own(value, 'elements')) && isObject(own(value, 'appState'))) return 'Excalidraw';
  if (own(value, 'tldrawFileFormatVersion') !== undefined) return 'tldraw';
  const document = own(value, 'document');
  if (isObject(document) && isObject(own(document, 'pages')) && isObject(own(document, 'pageStates'))) return 'tldraw';
  const schema = own(value, 'schema');
  if (Array.isArray(own(value, 'records')) && isObject(schema) && own(schema, 'schemaVersion') !== undefined) return 'tldraw';
  const data = own(value, 'data');
  if (Array.isArray(data) && data.length > 0 && looksLikeMiroItem(data[0])) return 'Miro';
  if (looksLikeMiroItem(value)) return 'Miro';
  return null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  return typeof value;
}

/** Passes the envelope object through, or says what the file is instead. */
export function guardEnvelope(value: unknown): { ok: true; envelope: Json } | { ok: false; error: ImportError } {
  const app = recogniseOtherApp(value);
  if (app) return { ok: false, error: importError('otherApp', { app }) };
  if (!isObject(value)) return { ok: false, error: importError('notAJourney', { found: describe(value) }) };
  if (own(value, 'format') !== FORMAT_MARKER) return { ok: false, error: importError('notAJourney', { found: 'object' }) };
  return { ok: true, envelope: value };
}
