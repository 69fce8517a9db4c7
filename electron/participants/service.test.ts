// The participants' service with real sockets on 127.0.0.1 (never a LAN address).
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionSnapshot } from '../../shared/participants/facilitatorMessages';
import type { PhoneFiles } from './phoneFiles';
import { createStandaloneParticipants, type StandaloneParticipants } from './standalone';
import { TestPhone } from './testPhone';

const files: PhoneFiles = new Map([
  ['index.html', { body: Buffer.from('<!doctype html><title>phone</title>'), type: 'text/html; charset=utf-8' }],
  ['assets/phone.js', { body: Buffer.from('console.log(1)'), type: 'text/javascript; charset=utf-8' }],
]);

let service: StandaloneParticipants;
let snapshot: SessionSnapshot;
let origin: string;
let wsBase: string;
let clock = 1_000_000;

function waitFor(predicate: (s: SessionSnapshot) => boolean, timeoutMs = 5_000): Promise<SessionSnapshot> {
  if (predicate(service.snapshot())) return Promise.resolve(service.snapshot());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('snapshot never matched')), timeoutMs);
    const off = service.onSnapshot((s) => {
      if (!predicate(s)) return;
      clearTimeout(timer);
      off();
      resolve(s);
    });
  });
}

async function joinByLink(name: string, resume?: string): Promise<TestPhone> {
  const phone = await TestPhone.open(`${wsBase}/j/${snapshot.session!.joinUrl.split('/j/')[1]!.replace(/\/$/, '')}/ws`);
  await phone.next('hello');
  phone.send({ type: 'join', name, ...(resume ? { resume } : {}) });
  return phone;
}

beforeEach(async () => {
  clock = 1_000_000;
  service = createStandaloneParticipants({
    phoneFiles: () => files,
    now: () => clock,
    limits: { joinTimeoutMs: 300, invalidPerConnection: 1_000 },
  });
  snapshot = await service.start({ host: '127.0.0.1', anonymousAllowed: false });
  origin = snapshot.session!.joinUrl.split('/j/')[0]!;
  wsBase = origin.replace('http', 'ws');
});

afterEach(async () => {
  await service.stop();
});

const openWriting = (mode: 'inbox' | 'board' = 'inbox') =>
  service.command({ type: 'openWriting', mode, phaseId: 'ph1', phaseTitle: 'Search', laneId: 'ln1', laneTitle: 'Thoughts', lanes: null });

describe('joining', () => {
  it('serves the phone page with its CSP for the link, and nothing for a wrong token', async () => {
    expect(snapshot.session!.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{22}\/$/);
    const page = await fetch(snapshot.session!.joinUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${snapshot.session!.joinUrl}assets/phone.js`)).status).toBe(200);
    expect((await fetch(`${origin}/j/AAAAAAAAAAAAAAAAAAAAAA/`)).status).toBe(404);
    expect((await fetch(`${snapshot.session!.joinUrl}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${origin}/etc/passwd`)).status).toBe(404);
    expect((await fetch(snapshot.session!.joinUrl, { method: 'POST' })).status).toBe(405);
  });

  it('a phone with the link joins with a name and sees what is open', async () => {
    openWriting();
    const phone = await joinByLink('Ada');
    const welcome = await phone.next('welcome');
    expect(welcome.admitted).toBe(true);
    const state = await phone.next('state');
    expect(state.writing).toEqual({ mode: 'inbox', phaseTitle: 'Search', laneTitle: 'Thoughts', lanes: null });
    const s = await waitFor((x) => x.participants.length === 1);
    expect(s.participants[0]).toMatchObject({ name: 'Ada', via: 'link', admitted: true, connected: true });
    phone.close();
  });

  it('refuses an empty name unless the facilitator allows anonymous joining', async () => {
    const phone = await joinByLink('');
    expect((await phone.next('refused')).reason).toBe('nameRequired');
    service.command({ type: 'setAnonymous', allowed: true });
    phone.send({ type: 'join', name: '' });
    expect((await phone.next('welcome')).admitted).toBe(true);
    phone.close();
  });

  it('a second device with the same link is a second participant', async () => {
    const a = await joinByLink('A');
    const b = await joinByLink('B');
    await a.next('welcome');
    await b.next('welcome');
    expect((await waitFor((s) => s.participants.length === 2)).counts.joined).toBe(2);
    a.close();
    b.close();
  });

  it('a short-code joiner waits until admitted; an expired code is refused', async () => {
    const code = snapshot.session!.code;
    const form = await fetch(`${origin}/c?code=${code}`, { redirect: 'manual' });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(`/c/${code}/`);
    const phone = await TestPhone.open(`${wsBase}/c/${code}/ws`);
    phone.send({ type: 'join', name: 'Bo' });
    expect((await phone.next('welcome')).admitted).toBe(false);
    phone.send({ type: 'note', id: 'note-0001', text: 'early' });
    expect((await phone.next('refused')).reason).toBe('waiting');
    const waiting = await waitFor((s) => s.participants.some((p) => !p.admitted));
    service.command({ type: 'admit', participantId: waiting.participants[0]!.id });
    expect((await phone.next('welcome')).admitted).toBe(true);
    await phone.next('state');

    clock += 11 * 60_000;
    expect((await fetch(`${origin}/c?code=${code}`, { redirect: 'manual' })).status).toBe(403);
    await expect(TestPhone.open(`${wsBase}/c/${code}/ws`)).rejects.toThrow('HTTP 403');
    service.command({ type: 'renewCode' });
    expect(service.snapshot().session!.code).not.toBe(code);
    phone.close();
  });

  it('the facilitator removes a participant: the phone is told and disconnected', async () => {
    const phone = await joinByLink('Eve');
    await phone.next('welcome');
    const s = await waitFor((x) => x.participants.length === 1);
    service.command({ type: 'remove', participantId: s.participants[0]!.id });
    await phone.next('removed');
    await phone.closed;
    expect(service.snapshot().participants).toHaveLength(0);
  });
});

describe('notes, votes and ratings', () => {
  it('a note arrives in the inbox with the facilitator phase and lane, and is acknowledged', async () => {
    const phone = await joinByLink('Ada');
    await phone.next('welcome');
    phone.send({ type: 'note', id: 'note-0001', text: 'Too many forms' });
    expect((await phone.next('refused')).reason).toBe('closed');
    openWriting('board');
    phone.send({ type: 'note', id: 'note-0002', text: '  Too many forms  ', phaseId: 'evil', extra: { a: 1 } });
    expect((await phone.next('ack')).id).toBe('note-0002');
    const s = await waitFor((x) => x.inbox.length === 1);
    expect(s.inbox[0]).toMatchObject({ text: 'Too many forms', phaseId: 'ph1', laneId: 'ln1', mode: 'board' });
    expect(s.counts.notesArrived).toBe(1);
    service.command({ type: 'resolveNotes', keys: [s.inbox[0]!.key] });
    expect(service.snapshot().inbox).toHaveLength(0);
    phone.close();
  });

  it('the participant picks a lane by its place in the list the facilitator offered', async () => {
    service.command({ type: 'openWriting', mode: 'inbox', phaseId: 'ph1', phaseTitle: 'Search', laneId: null, laneTitle: null, lanes: [{ id: 'lA', title: 'A' }, { id: 'lB', title: 'B' }] });
    const phone = await joinByLink('Ada');
    phone.send({ type: 'note', id: 'note-0001', text: 'x', laneRef: 1 });
    await phone.next('ack');
    phone.send({ type: 'note', id: 'note-0002', text: 'x', laneRef: 7 });
    expect((await phone.next('refused')).reason).toBe('invalid');
    expect((await waitFor((s) => s.inbox.length === 1)).inbox[0]!.laneId).toBe('lB');
    phone.close();
  });

  it('reconnecting with queued notes: resends are acknowledged, never duplicated', async () => {
    openWriting();
    const phone = await joinByLink('Ada');
    const { participantKey } = await phone.next('welcome');
    phone.send({ type: 'note', id: 'queued-01', text: 'one' });
    await phone.next('ack');
    phone.ws.terminate();
    await waitFor((s) => s.participants[0]?.connected === false);

    const back = await joinByLink('Ada', participantKey);
    expect((await back.next('welcome')).participantKey).toBe(participantKey);
    for (const [id, text] of [['queued-01', 'one'], ['queued-02', 'two'], ['queued-03', 'three'], ['queued-02', 'two']] as const) back.send({ type: 'note', id, text });
    const acks = [await back.next('ack'), await back.next('ack'), await back.next('ack'), await back.next('ack')];
    expect(acks.map((a) => a.id)).toEqual(['queued-01', 'queued-02', 'queued-03', 'queued-02']);
    const s = await waitFor((x) => x.inbox.length === 3);
    expect(s.inbox.map((n) => n.text)).toEqual(['one', 'two', 'three']);
    expect(s.participants).toHaveLength(1);
    expect(s.participants[0]).toMatchObject({ connected: true, notes: 3 });
    back.close();
  });

  it('dot votes: within the budget and the per-note limit, tallied per journey note', async () => {
    const a = await joinByLink('A');
    const b = await joinByLink('B');
    service.command({ type: 'openVote', notes: [{ id: 'n1', text: 'One' }, { id: 'n2', text: 'Two' }], dots: 3, maxPerNote: 2 });
    const offer = (await a.next('state')).voting ?? (await a.next('state')).voting;
    expect(offer!.notes).toEqual([{ ref: 0, text: 'One' }, { ref: 1, text: 'Two' }]);
    a.send({ type: 'votes', round: offer!.round, dots: [{ ref: 0, n: 2 }, { ref: 1, n: 1 }] });
    b.send({ type: 'votes', round: offer!.round, dots: [{ ref: 1, n: 2 }] });
    b.send({ type: 'votes', round: offer!.round, dots: [{ ref: 1, n: 3 }] });
    expect((await b.next('refused')).reason).toBe('budget');
    a.send({ type: 'votes', round: 'old-round', dots: [] });
    expect((await a.next('refused')).reason).toBe('round');
    const s = await waitFor((x) => x.vote?.voters === 2);
    expect(s.vote!.tally).toEqual({ n1: 2, n2: 3 });
    expect(s.counts.votesCast).toBe(5);
    // A new allocation replaces the old one.
    a.send({ type: 'votes', round: offer!.round, dots: [{ ref: 1, n: 1 }] });
    expect((await waitFor((x) => x.counts.votesCast === 3)).vote!.tally).toEqual({ n2: 3 });
    a.close();
    b.close();
  });

  it('emotion ratings give the distribution for the phase', async () => {
    const phones = await Promise.all(['A', 'B', 'C'].map((n) => joinByLink(n)));
    service.command({ type: 'openRating', phaseId: 'ph1', phaseTitle: 'Search' });
    for (const [i, phone] of phones.entries()) {
      let state = await phone.next('state');
      while (!state.rating) state = await phone.next('state');
      phone.send({ type: 'rate', round: state.rating.round, score: [-2, 1, 1][i] });
    }
    expect((await waitFor((s) => s.rating?.distribution.reduce((a, b) => a + b) === 3)).rating!.distribution).toEqual([1, 0, 0, 2, 0]);
    phones.forEach((p) => p.close());
  });
});

describe('a hostile network', () => {
  const BAD: readonly (string | Buffer)[] = [
    'not json',
    '{',
    '',
    'null',
    '42',
    '"join"',
    '[]',
    '[{"type":"join","name":"x"}]',
    '{}',
    '{"type":"unknown"}',
    '{"type":"__proto__"}',
    '{"type":"note"}',
    '{"type":"note","id":"short","text":"x"}',
    '{"type":"note","id":"../../etc/passwd","text":"x"}',
    '{"type":"note","id":"note-0001","text":""}',
    '{"type":"note","id":"note-0001","text":"   "}',
    JSON.stringify({ type: 'note', id: 'note-0001', text: 'x'.repeat(501) }),
    '{"type":"note","id":"note-0001","text":42}',
    '{"type":"note","id":"note-0001","text":"x","laneRef":-1}',
    '{"type":"note","id":"note-0001","text":"x","laneRef":1.5}',
    '{"type":"votes","round":"r","dots":"all"}',
    '{"type":"votes","round":"r","dots":[{"ref":0,"n":1e400}]}',
    '{"type":"votes","round":"r","dots":[{"ref":999,"n":1}]}',
    '{"type":"votes","round":"r","dots":[{"ref":0,"n":-3}]}',
    '{"type":"rate","round":"r","score":3}',
    '{"type":"rate","round":"r","score":"2"}',
    '{"type":"rate","round":"<script>","score":1}',
    JSON.stringify({ type: 'join', name: 'x'.repeat(200) }),
    '{"type":"join","name":"x","resume":"not-a-key"}',
    Buffer.from([0xde, 0xad, 0xbe, 0xef]),
  ];

  it(`refuses ${BAD.length} kinds of bad messages, changes nothing and stays up`, async () => {
    expect(BAD.length).toBeGreaterThanOrEqual(30);
    openWriting();
    const phone = await joinByLink('Ada');
    await phone.next('welcome');
    for (const bad of BAD) {
      phone.ws.send(bad);
      expect((await phone.next('refused')).reason).toBe('invalid');
    }
    const s = service.snapshot();
    expect(s.inbox).toHaveLength(0);
    expect(s.participants).toHaveLength(1);
    expect(Object.prototype).not.toHaveProperty('polluted');
    phone.send({ type: 'note', id: 'note-0001', text: 'still works' });
    expect((await phone.next('ack')).id).toBe('note-0001');
    phone.close();
  });

  it('closes a connection whose frame is larger than the cap, and keeps serving others', async () => {
    const phone = await joinByLink('Ada');
    phone.ws.send('x'.repeat(20_000));
    expect(await phone.closed).toBe(1009);
    const other = await joinByLink('Bo');
    expect((await other.next('welcome')).admitted).toBe(true);
    other.close();
  });

  it('rate-limits a flooding participant without dropping the others', async () => {
    openWriting();
    const flood = await joinByLink('Flood');
    await flood.next('welcome');
    for (let i = 0; i < 80; i++) flood.send({ type: 'note', id: `flood-${String(i).padStart(4, '0')}`, text: `n${i}` });
    const refusal = await flood.next('refused');
    expect(refusal.reason).toBe('rateLimited');
    const calm = await joinByLink('Calm');
    calm.send({ type: 'note', id: 'calm-0001', text: 'hello' });
    expect((await calm.next('ack')).id).toBe('calm-0001');
    flood.close();
    calm.close();
  });

  it('answers garbage instead of HTTP with 400 and closes half-open connections that never join', async () => {
    const reply = await new Promise<string>((resolve) => {
      const url = new URL(origin);
      const socket = connect(Number(url.port), '127.0.0.1', () => socket.write('\x00\x01GARBAGE\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1.1 400/);
    const silent = await TestPhone.open(`${wsBase}/j/${snapshot.session!.joinUrl.split('/j/')[1]!.replace(/\/$/, '')}/ws`);
    expect(await silent.closed).toBe(1006);
    expect((await fetch(snapshot.session!.joinUrl)).status).toBe(200);
  });

  it('refuses a WebSocket with a wrong token, and another path', async () => {
    await expect(TestPhone.open(`${wsBase}/j/AAAAAAAAAAAAAAAAAAAAAA/ws`)).rejects.toThrow('HTTP 403');
    await expect(TestPhone.open(`${wsBase}/c/000000/ws`)).rejects.toThrow();
  });

  it('stopping ends the session for every phone and closes the port', async () => {
    const phone = await joinByLink('Ada');
    await phone.next('welcome');
    await service.stop();
    await phone.next('ended');
    await phone.closed;
    await expect(fetch(snapshot.session!.joinUrl)).rejects.toThrow();
    expect(service.snapshot().session).toBeNull();
  });
});
