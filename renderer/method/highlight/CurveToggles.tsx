/** Which emotion curves the board draws: the as-is journey, the target experience, or both. */
import { useTranslation } from 'react-i18next';
import { methodView, useMethodView } from '../methodView';

export function CurveToggles() {
  const { t } = useTranslation();
  const curves = useMethodView((s) => s.curves);
  return (
    <fieldset className="method-curves">
      <legend>{t('persona:curves.label')}</legend>
      <label>
        <input type="checkbox" checked={curves.current} onChange={(e) => methodView.getState().showCurve('current', e.target.checked)} data-testid="curve-current" />
        <span className="method-curve-swatch is-current" aria-hidden="true" />
        {t('persona:details.curve.current')}
      </label>
      <label>
        <input type="checkbox" checked={curves.target} onChange={(e) => methodView.getState().showCurve('target', e.target.checked)} data-testid="curve-target" />
        <span className="method-curve-swatch is-target" aria-hidden="true" />
        {t('persona:details.curve.target')}
      </label>
    </fieldset>
  );
}
