import { describe, expect, it } from 'vitest';
import { createJourney, createNote, emptyPersona } from '../../shared/model';
import { createBoardStore } from '../store/store';
import { patchNotes, replacePersona, setBackstory, setKpiFields, setPersona, setTouchpointAttributes } from './journeyEdits';

function storeWithNotes() {
  const store = createBoardStore();
  const journey = createJourney({ template: 'threePhases', language: 'en' });
  const cell = { phaseId: journey.phases[0]!.id, laneId: journey.lanes[0]!.id };
  journey.notes = [
    createNote({ id: 'a', kind: 'touchpoint', ...cell, touchpoint: { ownership: 'paid' } }),
    createNote({ id: 'b', kind: 'touchpoint', ...cell }),
    createNote({ id: 'k', kind: 'kpi', ...cell }),
  ];
  store.getState().loadJourney(journey);
  store.temporal.getState().clear();
  return store;
}

const undoSteps = (store: ReturnType<typeof createBoardStore>) => store.temporal.getState().pastStates.length;

describe('method edits', () => {
  it('classifies several touchpoints in one undo step, and clears a field with undefined', () => {
    const store = storeWithNotes();
    setTouchpointAttributes(store, ['a', 'b'], { directness: 'direct', ownership: 'owned' });
    expect(store.getState().doc!.notes.a!.touchpoint).toEqual({ directness: 'direct', ownership: 'owned' });
    expect(store.getState().doc!.notes.b!.touchpoint).toEqual({ directness: 'direct', ownership: 'owned' });
    expect(undoSteps(store)).toBe(1);
    setTouchpointAttributes(store, ['b'], { directness: undefined, ownership: undefined });
    expect(store.getState().doc!.notes.b!.touchpoint).toBeUndefined();
    store.temporal.getState().undo();
    expect(store.getState().doc!.notes.b!.touchpoint).toEqual({ directness: 'direct', ownership: 'owned' });
  });

  it('sets KPI fields and the emotion curve', () => {
    const store = storeWithNotes();
    setKpiFields(store, ['k'], { target: '40 %', actual: '52 %', owner: 'Anna' });
    expect(store.getState().doc!.notes.k!.kpi).toEqual({ target: '40 %', actual: '52 %', owner: 'Anna' });
    patchNotes(store, ['k'], { curve: 'target' });
    expect(store.getState().doc!.notes.k!.curve).toBe('target');
  });

  it('edits the persona and the backstory as undoable steps', () => {
    const store = storeWithNotes();
    setPersona(store, { name: 'Petra', challenges: ['Time'] });
    setBackstory(store, 'Once upon a time');
    setBackstory(store, 'Once upon a time');
    expect(store.getState().doc!.persona).toMatchObject({ name: 'Petra', challenges: ['Time'] });
    expect(undoSteps(store)).toBe(2);
    const saved = { ...emptyPersona(), name: 'Kim', motivations: ['Speed'] };
    replacePersona(store, saved);
    saved.motivations.push('mutated later');
    expect(store.getState().doc!.persona.motivations).toEqual(['Speed']);
    store.temporal.getState().undo();
    expect(store.getState().doc!.persona.name).toBe('Petra');
  });
});
