/**
 * A persona list (challenges, motivations...) edited as a list: one input per item, Enter adds
 * the next item, a cleared item disappears on commit, and each item can be removed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model';
import { CommitInput } from './CommitInput';

export function ListField(props: { label: string; items: readonly string[]; onChange(items: string[]): void; testId: string }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // Extra empty rows the user asked for with "Add"; dropped when left empty.
  const [pending, setPending] = useState(0);
  useEffect(() => {
    if (focusIndex !== null) {
      inputs.current[focusIndex]?.focus();
      setFocusIndex(null);
    }
  }, [focusIndex, pending, props.items]);

  const rows = [...props.items, ...Array<string>(pending).fill('')];
  const commitAt = (index: number, value: string) => {
    const next = rows.slice();
    next[index] = value;
    const cleaned = next.map((v) => v.trim()).filter(Boolean);
    setPending(0);
    if (cleaned.join('\n') !== props.items.join('\n')) props.onChange(cleaned);
  };
  const full = rows.length >= LIMITS.listItems;

  return (
    <fieldset className="method-list" data-testid={props.testId}>
      <legend>{props.label}</legend>
      <ul>
        {rows.map((item, i) => (
          <li
            key={i}
            onBlur={(e) => {
              // An extra row left empty goes away; nothing was ever stored for it.
              if (i >= props.items.length && e.target instanceof HTMLInputElement && e.target.value === '') setPending((p) => Math.max(0, p - 1));
            }}
          >
            <CommitInput
              ref={(el: HTMLInputElement | null) => {
                inputs.current[i] = el;
              }}
              value={item}
              maxLength={1000}
              aria-label={t('persona:persona.listItem', { list: props.label, n: i + 1 })}
              onCommit={(v) => commitAt(i, v)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !full && (e.currentTarget.value.trim() || i < rows.length - 1)) {
                  setPending((p) => p + (i === rows.length - 1 ? 1 : 0));
                  setFocusIndex(i + 1);
                }
              }}
            />
            <button
              type="button"
              className="method-icon-button"
              aria-label={t('persona:persona.removeItem', { item: item || String(i + 1) })}
              onClick={() => props.onChange(props.items.filter((_, k) => k !== i))}
              disabled={i >= props.items.length}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={full}
        onClick={() => {
          setPending((p) => p + 1);
          setFocusIndex(rows.length);
        }}
      >
        {t('persona:persona.addItem')}
      </button>
    </fieldset>
  );
}
