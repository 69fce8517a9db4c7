/**
 * The method's edits to the open journey, each one pure recipe passed to the store's changeDoc
 * (so each is one undo step that autosave and live sync see). Kept apart from the React panels
 * so the unit tests exercise them on a plain store.
 */
import type { Id, Kpi, Note, Persona, Touchpoint } from '../../shared/model';
import { updateNotes, type JourneyDoc, type NotePatch } from '../../shared/model';
import type { BoardStore } from '../store/store';

export function setPersona(store: BoardStore, patch: Partial<Persona>): void {
  store.getState().changeDoc((doc) => ({ ...doc, persona: { ...doc.persona, ...patch } }));
}

export function replacePersona(store: BoardStore, persona: Persona): void {
  store.getState().changeDoc((doc) => ({ ...doc, persona: structuredClone(persona) }));
}

export function setBackstory(store: BoardStore, backstory: string): void {
  store.getState().changeDoc((doc) => (doc.backstory === backstory ? doc : { ...doc, backstory }));
}

/** Patches one nested object (touchpoint or kpi) on many notes; `undefined` clears a field. */
function patchNested<K extends 'touchpoint' | 'kpi'>(
  doc: JourneyDoc,
  ids: Iterable<Id>,
  key: K,
  patch: Partial<NonNullable<Note[K]>>,
): JourneyDoc {
  const patches = new Map<Id, NotePatch>();
  for (const id of ids) {
    const note = doc.notes[id];
    if (!note) continue;
    const merged: Record<string, unknown> = { ...(note[key] ?? {}), ...patch };
    for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
    patches.set(id, { [key]: Object.keys(merged).length > 0 ? merged : undefined } as NotePatch);
  }
  return patches.size > 0 ? updateNotes(doc, patches) : doc;
}

export function setTouchpointAttributes(store: BoardStore, ids: Iterable<Id>, patch: Partial<Touchpoint>): void {
  store.getState().changeDoc((doc) => patchNested(doc, ids, 'touchpoint', patch));
}

export function setKpiFields(store: BoardStore, ids: Iterable<Id>, patch: Partial<Kpi>): void {
  store.getState().changeDoc((doc) => patchNested(doc, ids, 'kpi', patch));
}

export function patchNotes(store: BoardStore, ids: Iterable<Id>, patch: NotePatch): void {
  store.getState().changeDoc((doc) => updateNotes(doc, new Map([...ids].map((id) => [id, patch]))));
}
