/**
 * A row of toggle buttons for one value out of a few (direct / indirect, -2..+2), with "not
 * set" as a choice of its own. Big targets, readable from the facilitator's chair; keyboard:
 * Tab to the group, arrows to move, Space or Enter to pick.
 */
import { useRef, type ReactNode } from 'react';

export interface Choice<T> {
  value: T;
  label: ReactNode;
  /** Accessible name when the label is a symbol. */
  title?: string;
}

export function ChoiceGroup<T extends string | number>(props: {
  label: string;
  choices: readonly Choice<T>[];
  /** The current value; undefined = not set; 'mixed' when several notes differ. */
  value: T | undefined | 'mixed';
  onChange(value: T | undefined): void;
  /** The "not set" choice's name; without it, the group has no such choice. */
  unsetLabel?: string;
  testId?: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const all: { value: T | undefined; label: ReactNode; title?: string }[] = [
    ...(props.unsetLabel ? [{ value: undefined, label: '–', title: props.unsetLabel }] : []),
    ...props.choices,
  ];
  const move = (from: number, by: number) => refs.current[(from + by + all.length) % all.length]?.focus();
  return (
    <div className="method-choice" role="group" aria-label={props.label} data-testid={props.testId}>
      <span className="method-choice-label">{props.label}</span>
      <div className="method-choice-buttons">
        {all.map((c, i) => {
          const pressed = props.value !== 'mixed' && props.value === c.value;
          return (
            <button
              key={String(c.value)}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              aria-pressed={pressed}
              title={c.title}
              aria-label={c.title}
              data-value={c.value === undefined ? '' : String(c.value)}
              className={pressed ? 'is-pressed' : undefined}
              onClick={() => props.onChange(c.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight') move(i, 1);
                else if (e.key === 'ArrowLeft') move(i, -1);
                else return;
                e.preventDefault();
              }}
            >
              {c.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
