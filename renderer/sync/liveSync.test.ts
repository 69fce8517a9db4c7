import { afterEach, describe, expect, it } from 'vitest';
import { addNotes, createJourney, createNote, fromDoc, removeNotes, toDoc, updateNote, type Journey } from '../../shared/model';
import { createBoardStore, type BoardStore } from '../store/store';
import { openSyncChannel, type SyncChannel } from './channel';
import { startLiveSync, type LiveSync } from './liveSync';

function journey(): Journey {
  const doc = toDoc(createJourney({ template: 'threePhases', language: 'en' }));
  const notes = ['a', 'b', 'c'].map((text) => createNote({ kind: 'touchpoint', phaseId: doc.phases[0]!.id, laneId: doc.lanes[0]!.id, text }));
  return fromDoc(addNotes(doc, notes));
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

let channelCounter = 0;
type Lost = { noteId: string; lostText: string };
function windows(j: Journey, count = 2): { store: BoardStore; channel: SyncChannel; sync: LiveSync; posted: unknown[]; lost: Lost[] }[] {
  const name = `sync-test-${++channelCounter}`;
  return Array.from({ length: count }, () => {
    const store = createBoardStore();
    store.getState().loadJourney(structuredClone(j));
    store.temporal.getState().clear(); // as opening a journey does
    const channel = openSyncChannel({ name });
    const posted: unknown[] = [];
    const post = channel.post.bind(channel);
    channel.post = (m) => {
      posted.push(m);
      post(m);
    };
    const lost: Lost[] = [];
    const sync = startLiveSync({ store, journeyId: j.id, channel, onTextOverwritten: (l) => lost.push(l) });
    cleanups.push(() => {
      sync.stop();
      channel.close();
    });
    return { store, channel, sync, posted, lost };
  });
}

const tick = () => new Promise((r) => setTimeout(r, 20));
const text = (store: BoardStore, id: string) => store.getState().doc!.notes[id]?.text;

describe('live sync', () => {
  it('shows an edit in the other window without an undo step there and without echo', async () => {
    const j = journey();
    const [a, b] = windows(j);
    await tick();
    a!.posted.length = 0;
    b!.posted.length = 0;
    a!.store.getState().changeDoc((d) => updateNote(d, j.notes[0]!.id, { text: 'from A' }));
    await tick();
    expect(text(b!.store, j.notes[0]!.id)).toBe('from A');
    expect(b!.store.temporal.getState().pastStates).toHaveLength(0);
    expect(b!.posted).toEqual([]);
    expect(a!.posted).toHaveLength(1);
  });

  it('keeps edits from both windows', async () => {
    const j = journey();
    const [a, b] = windows(j);
    await tick();
    a!.store.getState().changeDoc((d) => updateNote(d, j.notes[0]!.id, { text: 'A' }));
    b!.store.getState().changeDoc((d) => updateNote(d, j.notes[1]!.id, { text: 'B' }));
    b!.store.getState().changeDoc((d) => ({ ...d, title: 'Title from B' }));
    await tick();
    for (const w of [a!, b!]) {
      expect(text(w.store, j.notes[0]!.id)).toBe('A');
      expect(text(w.store, j.notes[1]!.id)).toBe('B');
      expect(w.store.getState().doc!.title).toBe('Title from B');
    }
  });

  it('undo takes back only this window\'s edit, never the other window\'s', async () => {
    const j = journey();
    const [a, b] = windows(j);
    await tick();
    b!.store.getState().changeDoc((d) => updateNote(d, j.notes[1]!.id, { text: 'B edit' }));
    await tick();
    a!.store.getState().changeDoc((d) => updateNote(d, j.notes[0]!.id, { text: 'A edit' }));
    a!.store.getState().changeDoc((d) => removeNotes(d, [j.notes[2]!.id]));
    await tick();
    b!.store.temporal.getState().undo();
    await tick();
    for (const w of [a!, b!]) {
      expect(text(w.store, j.notes[1]!.id)).toBe('b');
      expect(text(w.store, j.notes[0]!.id)).toBe('A edit');
      expect(w.store.getState().doc!.notes[j.notes[2]!.id]).toBeUndefined();
    }
    b!.store.temporal.getState().redo();
    await tick();
    expect(text(a!.store, j.notes[1]!.id)).toBe('B edit');
    expect(a!.store.getState().doc!.notes[j.notes[2]!.id]).toBeUndefined();
  });

  it('drops a remotely deleted note from the selection', async () => {
    const j = journey();
    const [a, b] = windows(j);
    await tick();
    b!.store.getState().select([j.notes[0]!.id, j.notes[1]!.id]);
    a!.store.getState().changeDoc((d) => removeNotes(d, [j.notes[0]!.id]));
    await tick();
    expect([...b!.store.getState().selectedNoteIds]).toEqual([j.notes[1]!.id]);
  });

  it('a window that opens later catches up on edits the other had not stored yet', async () => {
    const j = journey();
    const name = `sync-late-${++channelCounter}`;
    const storeA = createBoardStore();
    storeA.getState().loadJourney(structuredClone(j));
    const channelA = openSyncChannel({ name });
    const syncA = startLiveSync({ store: storeA, journeyId: j.id, channel: channelA });
    storeA.getState().changeDoc((d) => updateNote(d, j.notes[0]!.id, { text: 'not yet stored' }));
    const storeB = createBoardStore();
    storeB.getState().loadJourney(structuredClone(j)); // what the database still says
    storeB.temporal.getState().clear();
    const channelB = openSyncChannel({ name });
    const syncB = startLiveSync({ store: storeB, journeyId: j.id, channel: channelB });
    cleanups.push(() => [syncA, syncB].forEach((s) => s.stop()), () => [channelA, channelB].forEach((c) => c.close()));
    await tick();
    expect(text(storeB, j.notes[0]!.id)).toBe('not yet stored');
    expect(storeB.temporal.getState().pastStates).toHaveLength(0);
  });

  it('ignores malformed messages and other journeys', async () => {
    const j = journey();
    const [, b] = windows(j);
    const raw = new BroadcastChannel(`sync-test-${channelCounter}`);
    cleanups.push(() => raw.close());
    raw.postMessage({ type: 'changes', from: 'x', journeyId: j.id, meta: {}, notes: [[j.notes[0]!.id, { id: j.notes[0]!.id, text: 5 }]], connectors: [] });
    raw.postMessage({ type: 'changes', from: 'x', journeyId: j.id, meta: { title: 42 }, notes: [], connectors: [] });
    raw.postMessage({ type: 'changes', from: 'x', journeyId: 'otherJourney', meta: { title: 'other' }, notes: [], connectors: [] });
    raw.postMessage('garbage');
    await tick();
    expect(b!.store.getState().doc!.title).toBe(j.title);
    expect(text(b!.store, j.notes[0]!.id)).toBe('a');
  });

  describe('two windows editing one note at the same moment converge', () => {
    const note = (store: BoardStore, id: string) => store.getState().doc!.notes[id];

    it('text in one, move in the other: both kept, in both windows', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      a!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'typed in A' }));
      b!.store.getState().changeDoc((d) => updateNote(d, id, { x: 321, y: 45 }));
      await tick();
      for (const w of [a!, b!]) expect(note(w.store, id)).toMatchObject({ text: 'typed in A', x: 321, y: 45 });
      expect(note(a!.store, id)).toEqual(note(b!.store, id));
      expect([...a!.lost, ...b!.lost]).toEqual([]);
    });

    it('text in both: the later commit wins in both windows and the other window gets its text offered back', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      a!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'A text' }));
      b!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'B text' }));
      await tick();
      expect(note(a!.store, id)!.text).toBe(note(b!.store, id)!.text);
      const winner = note(a!.store, id)!.text;
      const [loser, winnerWindow] = winner === 'A text' ? [b!, a!] : [a!, b!];
      expect(loser.lost).toEqual([{ noteId: id, lostText: winner === 'A text' ? 'B text' : 'A text' }]);
      expect(winnerWindow.lost).toEqual([]);
    });

    it('a sequential edit (the other window had seen the text) is no conflict', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      a!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'first' }));
      await tick();
      b!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'second' }));
      await tick();
      for (const w of [a!, b!]) expect(note(w.store, id)!.text).toBe('second');
      expect([...a!.lost, ...b!.lost]).toEqual([]);
    });

    it('move in both: one position wins, the same in both windows', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      a!.store.getState().changeDoc((d) => updateNote(d, id, { x: 10, y: 10 }));
      b!.store.getState().changeDoc((d) => updateNote(d, id, { x: 90, y: 90 }));
      await tick();
      expect(note(a!.store, id)).toEqual(note(b!.store, id));
    });

    it('an edit to a note deleted in the other window brings it back, with the edit, in both', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      a!.store.getState().changeDoc((d) => removeNotes(d, [id]));
      b!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'edited while deleted elsewhere' }));
      await tick();
      for (const w of [a!, b!]) expect(note(w.store, id)?.text).toBe('edited while deleted elsewhere');
    });

    it('a delete after seeing the edit deletes in both', async () => {
      const j = journey();
      const [a, b] = windows(j);
      await tick();
      const id = j.notes[0]!.id;
      b!.store.getState().changeDoc((d) => updateNote(d, id, { text: 'edited' }));
      await tick();
      a!.store.getState().changeDoc((d) => removeNotes(d, [id]));
      await tick();
      for (const w of [a!, b!]) expect(note(w.store, id)).toBeUndefined();
    });
  });
});
