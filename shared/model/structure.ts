/** Pure operations on phases (columns) and lanes (rows). */
import type { JourneyDoc } from './document';
import { newId } from './ids';
import { LIMITS, type Id, type Lane, type Note, type NoteKind, type Phase } from './journey';
import { DEFAULT_PHASE_WIDTH, defaultLaneHeight } from './templates';

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item as T);
  return next;
}

export function addPhase(
  doc: JourneyDoc,
  options: { title: string; index?: number },
): { doc: JourneyDoc; phase: Phase } {
  const phase: Phase = { id: newId(), title: options.title, width: DEFAULT_PHASE_WIDTH };
  const phases = doc.phases.slice();
  phases.splice(options.index ?? phases.length, 0, phase);
  return { doc: { ...doc, phases }, phase };
}

export function updatePhase(doc: JourneyDoc, id: Id, patch: Partial<Omit<Phase, 'id'>>): JourneyDoc {
  const clampWidth = (w: number) => Math.min(LIMITS.phaseWidthMax, Math.max(LIMITS.phaseWidthMin, w));
  return {
    ...doc,
    phases: doc.phases.map((p) =>
      p.id === id ? { ...p, ...patch, width: clampWidth(patch.width ?? p.width) } : p,
    ),
  };
}

export function movePhase(doc: JourneyDoc, id: Id, toIndex: number): JourneyDoc {
  const from = doc.phases.findIndex((p) => p.id === id);
  return from < 0 ? doc : { ...doc, phases: move(doc.phases, from, toIndex) };
}

/**
 * What happens to the notes of a removed phase or lane: deleted with it, or handed to the
 * neighbour (the previous one, or the next when it was the first).
 */
export type RemovalMode = 'deleteNotes' | 'moveNotesToNeighbour';

function neighbour<T extends { id: Id }>(list: readonly T[], id: Id): T | undefined {
  const i = list.findIndex((x) => x.id === id);
  return list[i - 1] ?? list[i + 1];
}

function relocate(
  doc: JourneyDoc,
  belongs: (n: Note) => boolean,
  mode: RemovalMode,
  target: Partial<Pick<Note, 'phaseId' | 'laneId'>> | null,
): { notes: Record<Id, Note>; removed: Set<Id> } {
  const notes = { ...doc.notes };
  const removed = new Set<Id>();
  for (const note of Object.values(doc.notes)) {
    if (!belongs(note)) continue;
    if (mode === 'moveNotesToNeighbour' && target) notes[note.id] = { ...note, ...target };
    else {
      delete notes[note.id];
      removed.add(note.id);
    }
  }
  return { notes, removed };
}

function dropConnectors(doc: JourneyDoc, removed: Set<Id>): JourneyDoc['connectors'] {
  if (removed.size === 0) return doc.connectors;
  const connectors = { ...doc.connectors };
  for (const c of Object.values(doc.connectors)) {
    if (removed.has(c.from) || removed.has(c.to)) delete connectors[c.id];
  }
  return connectors;
}

export function removePhase(doc: JourneyDoc, id: Id, mode: RemovalMode): JourneyDoc {
  const target = neighbour(doc.phases, id);
  const { notes, removed } = relocate(
    doc,
    (n) => n.phaseId === id,
    target ? mode : 'deleteNotes',
    target ? { phaseId: target.id } : null,
  );
  return {
    ...doc,
    phases: doc.phases.filter((p) => p.id !== id),
    notes,
    connectors: dropConnectors(doc, removed),
  };
}

export function addLane(
  doc: JourneyDoc,
  options: { title: string; kind: NoteKind; index?: number },
): { doc: JourneyDoc; lane: Lane } {
  const lane: Lane = {
    id: newId(),
    title: options.title,
    kind: options.kind,
    height: defaultLaneHeight(options.kind),
    hidden: false,
  };
  const lanes = doc.lanes.slice();
  lanes.splice(options.index ?? lanes.length, 0, lane);
  return { doc: { ...doc, lanes }, lane };
}

export function updateLane(doc: JourneyDoc, id: Id, patch: Partial<Omit<Lane, 'id'>>): JourneyDoc {
  const clampHeight = (h: number) =>
    Math.min(LIMITS.laneHeightMax, Math.max(LIMITS.laneHeightMin, h));
  return {
    ...doc,
    lanes: doc.lanes.map((l) =>
      l.id === id ? { ...l, ...patch, height: clampHeight(patch.height ?? l.height) } : l,
    ),
  };
}

export function moveLane(doc: JourneyDoc, id: Id, toIndex: number): JourneyDoc {
  const from = doc.lanes.findIndex((l) => l.id === id);
  return from < 0 ? doc : { ...doc, lanes: move(doc.lanes, from, toIndex) };
}

export function removeLane(doc: JourneyDoc, id: Id, mode: RemovalMode): JourneyDoc {
  const target = neighbour(doc.lanes, id);
  const { notes, removed } = relocate(
    doc,
    (n) => n.laneId === id,
    target ? mode : 'deleteNotes',
    target ? { laneId: target.id } : null,
  );
  return {
    ...doc,
    lanes: doc.lanes.filter((l) => l.id !== id),
    notes,
    connectors: dropConnectors(doc, removed),
  };
}

/**
 * Grows columns and lanes so that every note in them fits, keeping a margin. Never shrinks:
 * a facilitator who widened a column on purpose keeps that width.
 */
export function growCellsToFit(doc: JourneyDoc, padding = 16): JourneyDoc {
  const neededWidth = new Map<Id, number>();
  const neededHeight = new Map<Id, number>();
  for (const n of Object.values(doc.notes)) {
    if (n.phaseId === null || n.laneId === null) continue;
    neededWidth.set(n.phaseId, Math.max(neededWidth.get(n.phaseId) ?? 0, n.x + n.width + padding));
    neededHeight.set(n.laneId, Math.max(neededHeight.get(n.laneId) ?? 0, n.y + n.height + padding));
  }
  let changed = false;
  const phases = doc.phases.map((p) => {
    const w = Math.min(LIMITS.phaseWidthMax, neededWidth.get(p.id) ?? 0);
    if (w > p.width) {
      changed = true;
      return { ...p, width: Math.ceil(w) };
    }
    return p;
  });
  const lanes = doc.lanes.map((l) => {
    const h = Math.min(LIMITS.laneHeightMax, neededHeight.get(l.id) ?? 0);
    if (h > l.height) {
      changed = true;
      return { ...l, height: Math.ceil(h) };
    }
    return l;
  });
  return changed ? { ...doc, phases, lanes } : doc;
}
