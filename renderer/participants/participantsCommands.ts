/**
 * What the participants' panel, its actions and the runtime do. Session commands go to the
 * service (participantsApi); what changes the journey is committed through `commitDoc`, one
 * undoable step per accepted note, per brainwriting note placed, per vote round closed and
 * per rating applied. Nothing a phone sent is trusted: notes are re-checked and placed in cells
 * that exist now, votes land only on notes that still exist.
 */
import type { EmotionScore } from '../../shared/analysis/emotionCurve';
import type { Id, Note } from '../../shared/model';
import type { FacilitatorCommand, InboxNote, SessionSnapshot } from '../../shared/participants/facilitatorMessages';
import { PARTICIPANT_LIMITS } from '../../shared/participants/limits';
import { medianRating } from '../../shared/participants/rating';
import { commitDoc } from '../actions/commit';
import type { BoardStore } from '../store/store';
import { addPhoneNote, applyTally, cellForPhoneNote, phoneNote, setPhaseEmotion } from './noteFromPhone';
import type { ParticipantsApi } from './participantsApi';
import { ParticipantsUnavailable } from './participantsApi';
import type { ParticipantsStore } from './participantsStore';

export interface ParticipantsContext {
  board: BoardStore;
  participants: ParticipantsStore;
  api: ParticipantsApi;
  /** Starts the room's brainwriting round (covered notes, reveal) when phones write onto the board. */
  startBrainwriting(): void;
}

export function receiveSnapshot(ctx: ParticipantsContext, snapshot: SessionSnapshot): void {
  const state = ctx.participants.getState();
  if (!snapshot.session) {
    // The session ended (here, by main, or the web host's orphan timer).
    if (state.status === 'on' || state.status === 'starting') {
      ctx.participants.setState({ status: snapshot.error ? 'failed' : 'off', failure: snapshot.error, snapshot, placedKeys: new Set() });
    } else ctx.participants.setState({ snapshot });
    return;
  }
  // After a reload of the facilitator's page the running session belongs to the open journey.
  const journeyId = state.journeyId ?? ctx.board.getState().doc?.id ?? null;
  ctx.participants.setState({ snapshot, status: 'on', failure: null, journeyId });
  placeBoardNotes(ctx, snapshot);
}

async function send(ctx: ParticipantsContext, command: FacilitatorCommand): Promise<void> {
  try {
    receiveSnapshot(ctx, await ctx.api.command(command));
  } catch (error) {
    if (error instanceof ParticipantsUnavailable) ctx.participants.setState({ status: 'unavailable' });
    else ctx.participants.setState({ status: 'failed', failure: 'failed' });
  }
}

// ---------------------------------------------------------------- the session

export async function loadNetworks(ctx: ParticipantsContext): Promise<void> {
  try {
    const networks = await ctx.api.networks();
    const current = ctx.participants.getState().address;
    const address = networks === null ? null : networks.some((n) => n.address === current) ? current : (networks[0]?.address ?? null);
    ctx.participants.setState({ networks, address, status: ctx.participants.getState().status === 'unavailable' ? 'off' : ctx.participants.getState().status });
  } catch {
    ctx.participants.setState({ status: 'unavailable' });
  }
}

export async function startSession(ctx: ParticipantsContext): Promise<void> {
  const { address, anonymousAllowed, networks } = ctx.participants.getState();
  const doc = ctx.board.getState().doc;
  if (!doc) return;
  if (networks !== null && !address) {
    ctx.participants.setState({ status: 'failed', failure: 'noNetwork' });
    return;
  }
  ctx.participants.setState({ status: 'starting', failure: null, journeyId: doc.id, placedKeys: new Set() });
  try {
    const snapshot = await ctx.api.start({ address, anonymousAllowed });
    if (!snapshot.session) ctx.participants.setState({ status: 'failed', failure: snapshot.error ?? 'failed', snapshot });
    else receiveSnapshot(ctx, snapshot);
  } catch (error) {
    ctx.participants.setState({ status: error instanceof ParticipantsUnavailable ? 'unavailable' : 'failed', failure: 'failed' });
  }
}

export async function stopSession(ctx: ParticipantsContext): Promise<void> {
  if (ctx.participants.getState().status === 'off') return;
  await send(ctx, { type: 'stop' });
  ctx.participants.setState({ status: 'off', journeyId: null, placedKeys: new Set() });
}

export const setAnonymousAllowed = (ctx: ParticipantsContext, allowed: boolean) => {
  ctx.participants.setState({ anonymousAllowed: allowed });
  if (ctx.participants.getState().status === 'on') void send(ctx, { type: 'setAnonymous', allowed });
};
export const renewCode = (ctx: ParticipantsContext) => send(ctx, { type: 'renewCode' });
export const admit = (ctx: ParticipantsContext, participantId: string) => send(ctx, { type: 'admit', participantId });
export const removeParticipant = (ctx: ParticipantsContext, participantId: string) => send(ctx, { type: 'remove', participantId });

// ---------------------------------------------------------------- writing and the inbox

export async function openWriting(ctx: ParticipantsContext): Promise<void> {
  const doc = ctx.board.getState().doc;
  const setup = ctx.participants.getState().writingSetup;
  if (!doc || doc.phases.length === 0) return;
  const phase = doc.phases.find((p) => p.id === setup.phaseId) ?? doc.phases[0]!;
  const lane = setup.laneId && setup.laneId !== 'choice' ? doc.lanes.find((l) => l.id === setup.laneId) : undefined;
  const offerLanes = setup.laneId === 'choice' ? doc.lanes.filter((l) => l.kind !== 'emotion').slice(0, PARTICIPANT_LIMITS.lanesToChoose) : null;
  if (setup.mode === 'board') ctx.startBrainwriting();
  await send(ctx, {
    type: 'openWriting',
    mode: setup.mode,
    phaseId: phase.id,
    phaseTitle: phase.title,
    laneId: lane?.id ?? null,
    laneTitle: lane?.title ?? null,
    lanes: offerLanes && offerLanes.length ? offerLanes.map((l) => ({ id: l.id, title: l.title })) : null,
  });
}

export const closeWriting = (ctx: ParticipantsContext) => send(ctx, { type: 'closeWriting' });

function inboxNote(ctx: ParticipantsContext, key: string): InboxNote | undefined {
  return ctx.participants.getState().snapshot.inbox.find((n) => n.key === key);
}

function dropFromInbox(ctx: ParticipantsContext, keys: string[]): void {
  const { snapshot } = ctx.participants.getState();
  const gone = new Set(keys);
  // Shown as gone at once; the service confirms with its next snapshot.
  ctx.participants.setState({ snapshot: { ...snapshot, inbox: snapshot.inbox.filter((n) => !gone.has(n.key)) } });
  void send(ctx, { type: 'resolveNotes', keys });
}

/**
 * Accepts an inbox note onto the board, as one undo step: into its own phase and lane, or
 * where the facilitator dropped it (`place`), with the text as edited. False when it has no
 * cell any more (its phase or lane was deleted): the facilitator then drags it onto one.
 */
export function acceptNote(ctx: ParticipantsContext, key: string, options: { text?: string; place?: Pick<Note, 'phaseId' | 'laneId' | 'x' | 'y'> } = {}): boolean {
  const item = inboxNote(ctx, key);
  const doc = ctx.board.getState().doc;
  if (!item || !doc) return false;
  const place = options.place ?? cellForPhoneNote(doc, item.phaseId, item.laneId);
  if (!place) return false;
  const note = phoneNote(doc, options.text ?? item.text, place, false);
  if (!note) return false;
  commitDoc(ctx.board, (d) => addPhoneNote(d, note));
  dropFromInbox(ctx, [key]);
  return true;
}

export function rejectNote(ctx: ParticipantsContext, key: string): void {
  dropFromInbox(ctx, [key]);
}

export function acceptAll(ctx: ParticipantsContext): number {
  let accepted = 0;
  for (const item of ctx.participants.getState().snapshot.inbox.filter((n) => n.mode === 'inbox')) if (acceptNote(ctx, item.key)) accepted++;
  return accepted;
}

/** Brainwriting: notes from phones go straight onto the board, covered, one undo step each. */
function placeBoardNotes(ctx: ParticipantsContext, snapshot: SessionSnapshot): void {
  const { placedKeys, journeyId } = ctx.participants.getState();
  const doc = ctx.board.getState().doc;
  if (!doc || doc.id !== journeyId) return;
  const fresh = snapshot.inbox.filter((n) => n.mode === 'board' && !placedKeys.has(n.key));
  if (!fresh.length) return;
  const placed = new Set(placedKeys);
  const resolved: string[] = [];
  for (const item of fresh) {
    placed.add(item.key);
    const current = ctx.board.getState().doc!;
    const cell = cellForPhoneNote(current, item.phaseId, item.laneId);
    const note = cell && phoneNote(current, item.text, cell, true);
    if (!note) continue; // its phase is gone: it stays in the inbox for the facilitator
    commitDoc(ctx.board, (d) => addPhoneNote(d, note));
    resolved.push(item.key);
  }
  ctx.participants.setState({ placedKeys: placed });
  if (resolved.length) dropFromInbox(ctx, resolved);
}

// ---------------------------------------------------------------- dot vote

/** The notes to put up: the selected ones, else those of the writing setup's phase. */
export function notesToPutUp(ctx: Pick<ParticipantsContext, 'board' | 'participants'>, phaseId: Id | null): Note[] {
  const { doc, selectedNoteIds } = ctx.board.getState();
  if (!doc) return [];
  const visible = (n: Note) => !n.covered && n.text.trim() !== '' && n.kind !== 'emotion';
  const selected = [...selectedNoteIds].map((id) => doc.notes[id]).filter((n): n is Note => !!n && visible(n));
  const chosen = selected.length ? selected : Object.values(doc.notes).filter((n) => n.phaseId === phaseId && visible(n));
  return chosen.slice(0, PARTICIPANT_LIMITS.voteNotes);
}

export async function openVote(ctx: ParticipantsContext, notes: readonly Note[]): Promise<void> {
  if (!notes.length) return;
  const { dots, maxPerNote } = ctx.participants.getState().voteSetup;
  await send(ctx, { type: 'openVote', notes: notes.map((n) => ({ id: n.id, text: n.text })), dots, maxPerNote: maxPerNote === null ? null : Math.min(maxPerNote, dots) });
}

/** Closes the round and puts its dots on the notes, as one undo step. */
export async function closeVote(ctx: ParticipantsContext): Promise<void> {
  const vote = ctx.participants.getState().snapshot.vote;
  if (!vote) return;
  const tally = vote.tally;
  if (Object.keys(tally).length) commitDoc(ctx.board, (doc) => applyTally(doc, tally));
  await send(ctx, { type: 'closeVote' });
}

export const cancelVote = (ctx: ParticipantsContext) => send(ctx, { type: 'closeVote' });

// ---------------------------------------------------------------- emotion rating

export async function openRating(ctx: ParticipantsContext, phaseId: Id | null): Promise<void> {
  const doc = ctx.board.getState().doc;
  const phase = doc?.phases.find((p) => p.id === phaseId) ?? doc?.phases[0];
  if (!phase) return;
  ctx.participants.setState({ ratingPhaseId: phase.id });
  await send(ctx, { type: 'openRating', phaseId: phase.id, phaseTitle: phase.title });
}

export const closeRating = (ctx: ParticipantsContext) => send(ctx, { type: 'closeRating' });

export function currentMedian(snapshot: SessionSnapshot): EmotionScore | null {
  return snapshot.rating ? medianRating(snapshot.rating.distribution) : null;
}

/** Sets the rated phase's emotion note to the room's median, as one undo step. */
export function applyMedian(ctx: ParticipantsContext, label: string): 'applied' | 'noRatings' | 'noEmotionLane' {
  const rating = ctx.participants.getState().snapshot.rating;
  const median = rating ? medianRating(rating.distribution) : null;
  const doc = ctx.board.getState().doc;
  if (!rating || median === null || !doc) return 'noRatings';
  if (!setPhaseEmotion(doc, rating.phaseId, median, label)) return 'noEmotionLane';
  commitDoc(ctx.board, (d) => setPhaseEmotion(d, rating.phaseId, median, label) ?? d);
  return 'applied';
}
