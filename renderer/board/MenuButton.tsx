/** A toolbar button that opens a short list of actions below it. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getAction, isEnabled, type ActionName } from '../actions/registry';
import { boardStore } from '../store/store';
import { shortcutHint } from './ActionButton';
import { useBoardContext } from './boardContext';
import { useActionStateVersion } from './useActionState';

export function MenuButton(props: {
  label: string;
  icon: ReactNode;
  actions: readonly ActionName[];
  testId: string;
  disabled?: boolean;
  /** How its actions run; the board's context by default (the shell's header passes its own). */
  run?: (name: ActionName) => void;
}) {
  const { t } = useTranslation();
  const board = useBoardContext();
  const run = props.run ?? board.run;
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useActionStateVersion();

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', key);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', key);
    };
  }, [open]);

  return (
    <div className="board-menu-button" ref={ref}>
      <button
        type="button"
        className="board-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={props.label}
        title={props.label}
        disabled={props.disabled}
        data-testid={props.testId}
        onClick={() => setOpen(!open)}
      >
        {props.icon}
      </button>
      {open ? (
        <div className="board-popover" role="menu">
          {props.actions.map((name) => (
            <button
              key={name}
              type="button"
              role="menuitem"
              className="board-menu-item"
              disabled={!isEnabled(name, { store: boardStore })}
              data-action={name}
              onClick={() => {
                setOpen(false);
                run(name);
              }}
            >
              <span>{getAction(name).label(t)}</span>
              <kbd>{shortcutHint(name)}</kbd>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
