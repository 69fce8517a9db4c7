/** Highlight the board by a touchpoint attribute: notes that don't match are dimmed. */
import { useTranslation } from 'react-i18next';
import { CATEGORICAL_ATTRIBUTES, RATING_VALUES, attributeValues } from '../../../shared/analysis/attributeGroups';
import { methodView, useMethodView } from '../methodView';
import { filterKey, parseFilterKey } from '../touchpoint/attributeFilter';
import { attributeName, signedScore, valueNames } from '../touchpoint/attributeLabels';

export function HighlightControl() {
  const { t } = useTranslation();
  const filter = useMethodView((s) => s.filter);
  const names = valueNames(t);
  return (
    <label className="method-field highlight-control">
      <span>{t('persona:highlight.label')}</span>
      <select value={filterKey(filter)} onChange={(e) => methodView.getState().setFilter(parseFilterKey(e.target.value))} data-testid="highlight-select">
        <option value="">{t('persona:highlight.none')}</option>
        <option value={filterKey({ type: 'ratingGap' })}>{t('persona:highlight.ratingGap')}</option>
        {CATEGORICAL_ATTRIBUTES.map((attribute) => (
          <optgroup key={attribute} label={attributeName(t, attribute)}>
            {attributeValues(attribute).map((v) => (
              <option key={String(v)} value={filterKey({ type: 'value', attribute, value: String(v) })}>
                {names[attribute][String(v)]}
              </option>
            ))}
            <option value={filterKey({ type: 'unset', attribute })}>{t('persona:analysis.unclassified')}</option>
          </optgroup>
        ))}
        {(['companyRating', 'customerRating'] as const).map((attribute) => (
          <optgroup key={attribute} label={attributeName(t, attribute)}>
            {RATING_VALUES.map((v) => (
              <option key={v} value={filterKey({ type: 'rating', attribute, value: v })}>
                {signedScore(v)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
