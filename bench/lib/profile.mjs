/**
 * CPU profiles of one measured gesture (--profile 3000:fit:pan), through the DevTools protocol's
 * Profiler domain: the .cpuprofile is written for Chrome DevTools, and a summary of where the
 * main thread spent its time is printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Self time per function and inclusive time of the busiest functions, in ms. */
export function summarise(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const { samples, timeDeltas } = profile;
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
  };
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
    let node = byId.get(samples[i]);
    const key = name(node);
    self.set(key, (self.get(key) ?? 0) + dt);
    const seen = new Set();
    while (node) {
      const k = name(node);
      if (!seen.has(k)) {
        total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
      }
      node = byId.get(parent.get(node.id));
    }
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  const duration = (profile.endTime - profile.startTime) / 1000;
  return { durationMs: duration, self: sorted(self), total: sorted(total) };
}

export async function stopProfile(cdp, label, dir) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label.replace(/[^A-Za-z0-9]+/g, '-')}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const s = summarise(profile);
  const lines = [`profile ${label}: ${s.durationMs.toFixed(0)} ms sampled, written to ${file}`, '  self time:'];
  for (const [k, v] of s.self) lines.push(`    ${v.toFixed(1).padStart(8)} ms  ${k}`);
  lines.push('  inclusive time:');
  for (const [k, v] of s.total) lines.push(`    ${v.toFixed(1).padStart(8)} ms  ${k}`);
  console.log(lines.join('\n'));
  return { file, summary: s };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'cc', 'viz', 'gpu', 'skia', 'v8.execute'].join(',');

/** A DevTools trace of one gesture (--trace), to see the work that is not JavaScript. */
export async function startTrace(cdp) {
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReturnAsStream' });
}

async function readStream(cdp, handle) {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/**
 * Stops the trace, writes it, and prints per thread the events that took the most time in
 * total (nested events are counted in their parents too).
 */
export async function stopTrace(cdp, label, dir) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  const text = await readStream(cdp, stream);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${label.replace(/[^A-Za-z0-9]+/g, '-')}.trace.json`);
  writeFileSync(file, text);
  const events = JSON.parse(text).traceEvents ?? JSON.parse(text);
  const threads = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    let names = byThread.get(thread);
    if (!names) byThread.set(thread, (names = new Map()));
    names.set(e.name, (names.get(e.name) ?? 0) + e.dur / 1000);
  }
  // CPU time (tdur) of the renderer's main thread, which contention with other processes on a
  // shared machine inflates far less than wall time: the figure to compare two builds by.
  let cpu = 0;
  let wall = 0;
  let frames = 0;
  for (const e of events) {
    if (threads.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain' || e.ph !== 'X') continue;
    if (e.name === 'ThreadControllerImpl::RunTask') {
      cpu += (e.tdur ?? 0) / 1000;
      wall += e.dur / 1000;
    }
    if (e.name === 'ProxyMain::BeginMainFrame') frames += 1;
  }
  const lines = [
    `trace ${label}: written to ${file}`,
    `  renderer main thread: ${cpu.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall) in ${frames} main frames = ${(cpu / Math.max(1, frames)).toFixed(2)} ms CPU per frame`,
  ];
  const busiest = [...byThread.entries()]
    .map(([thread, names]) => [thread, names, Math.max(...names.values())])
    .sort((a, b) => b[2] - a[2])
    .slice(0, 6);
  for (const [thread, names] of busiest) {
    lines.push(`  ${thread}:`);
    for (const [name, ms] of [...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14)) lines.push(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
  console.log(lines.join('\n'));
  return { file, cpuMs: cpu, wallMs: wall, frames };
}
