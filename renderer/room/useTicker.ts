import { useEffect, useReducer } from 'react';

/**
 * Re-renders the component every `intervalMs` while `active`: the running timer reads the
 * clock during render, and a quarter-second tick keeps its seconds exact without a render per
 * frame.
 */
export function useTicker(active: boolean, intervalMs = 250): void {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(id);
  }, [active, intervalMs]);
}
