/**
 * The timer's optional end signal: a short two-tone beep made with WebAudio, so no sound file
 * ships and nothing is fetched (the CSP allows no media sources anyway).
 */
let context: AudioContext | null = null;

export function playBeep(): void {
  try {
    context ??= new AudioContext();
    const ctx = context;
    void ctx.resume();
    const start = ctx.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.22, 660],
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      // A quick fade in and out avoids the click of a square start and stop.
      gain.gain.setValueAtTime(0, start + offset);
      gain.gain.linearRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.linearRampToValueAtTime(0, start + offset + 0.18);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.2);
    }
  } catch {
    // No audio device or autoplay refused: the visible signal still shows.
  }
}
