import { useEffect, useState } from 'react';
import { forgetMeasurements } from '../canvas/draw/measure';

/**
 * Counts web-font arrivals: text measured before the marker font loaded was measured in the
 * fallback, so the picture is drawn again. The projector window, which has no board view of
 * its own, also drops the stale measurements; in the facilitator's window the board does.
 */
export function useFontsVersion(options: { forgetMeasurements: boolean }): number {
  const forget = options.forgetMeasurements;
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    let live = true;
    const bump = () => {
      if (!live) return;
      if (forget) forgetMeasurements();
      setVersion((v) => v + 1);
    };
    void fonts.ready.then(bump);
    fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      fonts.removeEventListener('loadingdone', bump);
    };
  }, [forget]);
  return version;
}
