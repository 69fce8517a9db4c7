/** A toolbar button that runs a named action, greyed out when the action does not apply. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getAction, isEnabled, type ActionName } from '../actions/registry';
import { formatShortcut } from '../actions/shortcuts';
import { platform } from '../platform';
import { boardStore } from '../store/store';
import { useBoardContext } from './boardContext';
import { useActionStateVersion } from './useActionState';

/** The key shown beside an action: its first one that works here and outside any room mode. */
export function shortcutHint(name: ActionName): string {
  const first = getAction(name).shortcuts.find((s) => !s.when && (!s.desktopOnly || platform.kind === 'electron'));
  return first ? formatShortcut(first) : '';
}

export function ActionButton(props: { name: ActionName; icon: ReactNode; input?: unknown; showLabel?: boolean; pressed?: boolean }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  useActionStateVersion();
  const action = getAction(props.name);
  const label = action.label(t);
  const hint = shortcutHint(props.name);
  return (
    <button
      type="button"
      className={props.showLabel ? 'board-tool board-tool-labelled' : 'board-tool'}
      onClick={() => run(props.name, props.input)}
      disabled={!isEnabled(props.name, { store: boardStore })}
      title={hint ? `${label} (${hint})` : label}
      aria-label={label}
      aria-pressed={props.pressed}
      data-action={props.name}
    >
      {props.icon}
      {props.showLabel ? <span>{label}</span> : null}
    </button>
  );
}
