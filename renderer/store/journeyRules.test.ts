import { describe, expect, it } from 'vitest';
import { emotionNoteY } from '../../shared/analysis/emotionCurve';
import { createJourney, createNote, type Journey } from '../../shared/model';
import { patchNotes } from '../method/journeyEdits';
import { typeVoteCount } from '../room/roomCommands';
import { createRoomStore } from '../room/roomStore';
import { createBoardStore } from './store';

/** A journey with an emotion lane holding one note at score +1, and a plain lane. */
function journeyWithEmotionNote(): Journey {
  const journey = createJourney({ template: 'threePhases', language: 'en' });
  const emotion = journey.lanes.find((l) => l.kind === 'emotion') ?? journey.lanes[0]!;
  emotion.kind = 'emotion';
  const note = createNote({ id: 'feel', kind: 'emotion', phaseId: journey.phases[0]!.id, laneId: emotion.id, emotion: 1, x: 16 });
  note.y = emotionNoteY(1, emotion.height, note.height);
  journey.notes = [note, createNote({ id: 'plain', kind: 'thought', phaseId: journey.phases[1]!.id, laneId: journey.lanes.find((l) => l.id !== emotion.id)!.id, x: 16, y: 16 })];
  return journey;
}

function open(journey: Journey) {
  const store = createBoardStore();
  store.getState().loadJourney(journey);
  store.temporal.getState().clear();
  return store;
}

const laneOf = (store: ReturnType<typeof createBoardStore>, noteId: string) => {
  const doc = store.getState().doc!;
  return doc.lanes.find((l) => l.id === doc.notes[noteId]!.laneId)!;
};

describe('every journey edit ends with the journey rules', () => {
  it('a method edit: a taller emotion note stays on its score and its lane grows to fit, in one undo step', () => {
    const store = open(journeyWithEmotionNote());
    const laneBefore = laneOf(store, 'feel').height;
    patchNotes(store, ['feel'], { height: laneBefore });
    const note = store.getState().doc!.notes.feel!;
    const lane = laneOf(store, 'feel');
    expect(lane.height).toBeGreaterThan(laneBefore);
    expect(note.emotion).toBe(1);
    expect(note.y).toBe(emotionNoteY(1, lane.height, note.height));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('a room command: typing a dot count puts a stray emotion note back on its level and grows a lane too small for its notes', () => {
    const journey = journeyWithEmotionNote();
    // As an older file or another tool may leave it: the note off its score's level, and a
    // plain note taller than its lane.
    journey.notes[0]!.y += 7;
    journey.notes[1]!.height = 600;
    const store = open(journey);
    const ctx = { board: store, room: createRoomStore(), now: () => 0, plan: () => [] };
    typeVoteCount(ctx, 'feel', 3);
    const doc = store.getState().doc!;
    expect(doc.notes.feel!.votes).toBe(3);
    expect(doc.notes.feel!.y).toBe(emotionNoteY(1, laneOf(store, 'feel').height, doc.notes.feel!.height));
    expect(laneOf(store, 'plain').height).toBeGreaterThanOrEqual(16 + 600);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });
});
