/**
 * The board screen: toolbar, the canvas with its editor, zoom and minimap, the side panel
 * area, and the context menu, shortcut overview and removal dialog. Keyboard, clipboard and
 * Electron menu all run the same named actions (../actions).
 */
import './board.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { provideBoardContext } from '../actions/activeContext';
import { bindClipboardEvents, bindKeyboard, bindMenu } from '../actions/bindings';
import { systemClipboard } from '../actions/clipboard/port';
import { runAction, type ActionName } from '../actions/registry';
import type { ActionContext } from '../actions/types';
import type { BoardView } from '../canvas/stage/BoardView';
import { boardStore, useBoard } from '../store/store';
import { BoardCanvas } from './BoardCanvas';
import { BoardContext } from './boardContext';
import { ContextMenu } from './ContextMenu';
import { InlineEditor } from './InlineEditor';
import { Minimap } from './Minimap';
import { rememberBoardPreferences } from './preferences';
import { RemoveDialog } from './RemoveDialog';
import { MethodDialogs, MethodStageOverlay } from '../method/MethodBoardParts';
import { RoomLayer } from '../room/board/RoomLayer';
import { ShortcutOverview } from './ShortcutOverview';
import { SidePanelArea } from './SidePanelArea';
import { Toolbar } from './Toolbar';
import { viewportOf } from './viewport';
import { ZoomIndicator } from './ZoomIndicator';

export function BoardScreen() {
  const title = useBoard((s) => s.doc?.title ?? '');
  const handwriting = useBoard((s) => s.boardFont === 'handwriting');
  const [view, setView] = useState<BoardView | null>(null);
  const viewRef = useRef<BoardView | null>(null);
  viewRef.current = view;

  const context = useCallback(
    (): ActionContext => ({ store: boardStore, viewport: viewportOf(viewRef.current, boardStore), clipboard: systemClipboard }),
    [],
  );
  const run = useCallback((name: ActionName, input?: unknown) => void runAction(name, context(), input), [context]);

  useEffect(() => {
    const unbind = [
      provideBoardContext(context),
      bindKeyboard(context),
      bindClipboardEvents(context),
      bindMenu(context),
      rememberBoardPreferences(boardStore),
    ];
    return () => unbind.forEach((off) => off());
  }, [context]);

  const value = useMemo(() => ({ view, run }), [view, run]);
  return (
    <BoardContext.Provider value={value}>
      <main className={handwriting ? 'board-screen is-handwriting' : 'board-screen'} aria-label={title} data-testid="board-screen">
        <Toolbar />
        <div className="board-body">
          <div className="board-stage">
            <BoardCanvas onView={setView} />
            <InlineEditor />
            <RoomLayer />
            <MethodStageOverlay />
            {view ? (
              <div className="board-corner">
                <ZoomIndicator view={view} />
                <Minimap view={view} />
              </div>
            ) : null}
          </div>
          <SidePanelArea />
        </div>
        <ContextMenu />
        <ShortcutOverview />
        <RemoveDialog />
        <MethodDialogs />
      </main>
    </BoardContext.Provider>
  );
}
