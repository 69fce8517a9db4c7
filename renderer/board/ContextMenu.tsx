/** The right-click menu: the actions that apply to what was clicked, with their shortcuts. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAction, isEnabled, type ActionName } from '../actions/registry';
import type { ContextMenuState } from '../store/boardUiSlice';
import { boardStore, useBoard } from '../store/store';
import { shortcutHint } from './ActionButton';
import { useBoardContext } from './boardContext';
import { ColourSwatches } from './ColourSwatches';

type Entry = { name: ActionName; input?: unknown } | 'separator' | 'colours';

function entriesFor(menu: ContextMenuState): Entry[] {
  const { target, boardPoint } = menu;
  const doc = boardStore.getState().doc;
  switch (target.kind) {
    case 'note': {
      const many = boardStore.getState().selectedNoteIds.size > 1;
      return [
        { name: 'note.edit', input: { id: target.id } },
        'colours',
        'separator',
        { name: 'edit.duplicate' },
        { name: 'edit.copy' },
        { name: 'edit.cut' },
        { name: 'edit.delete' },
        ...(many
          ? (['separator', { name: 'arrange.alignLeft' }, { name: 'arrange.alignTop' }, { name: 'arrange.distributeHorizontally' }, { name: 'arrange.distributeVertically' }] as Entry[])
          : []),
        'separator',
        { name: 'view.zoomToSelection' },
      ];
    }
    case 'connector':
      return [{ name: 'line.editLabel' }, { name: 'line.toggleArrow' }, 'separator', { name: 'edit.delete' }];
    case 'phase': {
      const index = doc?.phases.findIndex((p) => p.id === target.id) ?? -1;
      const input = { id: target.id };
      return [
        { name: 'structure.renamePhase', input },
        { name: 'structure.addPhase', input: { index: index + 1 } },
        { name: 'structure.movePhaseLeft', input },
        { name: 'structure.movePhaseRight', input },
        'separator',
        { name: 'structure.removePhase', input },
      ];
    }
    case 'lane': {
      const index = doc?.lanes.findIndex((l) => l.id === target.id) ?? -1;
      const input = { id: target.id };
      return [
        { name: 'structure.renameLane', input },
        { name: 'structure.addLane', input: { index: index + 1 } },
        { name: 'structure.moveLaneUp', input },
        { name: 'structure.moveLaneDown', input },
        'separator',
        { name: 'structure.removeLane', input },
      ];
    }
    case 'board':
      return [
        { name: 'note.new', input: { at: boardPoint } },
        { name: 'edit.paste', input: { at: boardPoint } },
        'separator',
        { name: 'edit.selectAll' },
        { name: 'view.zoomToFit' },
        'separator',
        { name: 'structure.addPhase' },
        { name: 'structure.addLane' },
      ];
  }
}

export function ContextMenu() {
  const menu = useBoard((s) => s.contextMenu);
  return menu ? <OpenMenu menu={menu} /> : null;
}

function OpenMenu({ menu }: { menu: ContextMenuState }) {
  const { t } = useTranslation();
  const { run } = useBoardContext();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ left: menu.clientX, top: menu.clientY });
  const close = () => boardStore.getState().openContextMenu(null);

  useLayoutEffect(() => {
    // Keep the whole menu on screen near the pointer.
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPosition({
      left: Math.max(4, Math.min(menu.clientX, window.innerWidth - width - 4)),
      top: Math.max(4, Math.min(menu.clientY, window.innerHeight - height - 4)),
    });
    el.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [menu]);

  useEffect(() => {
    const onDown = (e: Event) => !ref.current?.contains(e.target as Node) && close();
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('blur', close);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('blur', close);
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    const items = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };

  return (
    <div ref={ref} className="board-context-menu" role="menu" style={position} onKeyDown={onKeyDown} data-testid="context-menu" onContextMenu={(e) => e.preventDefault()}>
      {entriesFor(menu).map((entry, i) => {
        if (entry === 'separator') return <hr key={i} />;
        if (entry === 'colours') return <ColourSwatches key={i} onPicked={close} />;
        return (
          <button
            key={i}
            type="button"
            role="menuitem"
            className="board-menu-item"
            data-action={entry.name}
            disabled={!isEnabled(entry.name, { store: boardStore })}
            onClick={() => {
              close();
              run(entry.name, entry.input);
            }}
          >
            <span>{getAction(entry.name).label(t)}</span>
            <kbd>{shortcutHint(entry.name)}</kbd>
          </button>
        );
      })}
    </div>
  );
}
