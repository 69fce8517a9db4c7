/**
 * One-line editors laid over the canvas: a phase or lane title over its header, a line's label
 * over the middle of the line. Enter or a click outside saves, Escape cancels.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_WIDTH, PHASE_HEADER_HEIGHT, type Rect } from '../../shared/model';
import { commitEditing } from '../actions/editing';
import { connectorEndpoints } from '../canvas/draw/geometry';
import type { BoardView } from '../canvas/stage/BoardView';
import type { Editing } from '../store/boardUiSlice';
import { boardStore } from '../store/store';
import { useFollowView } from './useFollowView';

type TitleEditing = Extract<Editing, { kind: 'phaseTitle' | 'laneTitle' | 'connectorLabel' }>;

function targetRect(view: BoardView, editing: TitleEditing): Rect | null {
  const { layout } = view.scene;
  if (editing.kind === 'phaseTitle') {
    const c = layout.columnById.get(editing.id);
    return c ? { x: c.x + 8, y: 8, width: c.width - 16, height: PHASE_HEADER_HEIGHT - 16 } : null;
  }
  if (editing.kind === 'laneTitle') {
    const r = layout.rowById.get(editing.id);
    return r ? { x: 44, y: r.y + r.height / 2 - 28, width: LANE_HEADER_WIDTH - 52, height: 56 } : null;
  }
  const item = view.scene.connectorItem(editing.id);
  const ends = item && connectorEndpoints(item.from, item.to);
  if (!ends) return null;
  const cx = (ends.start.x + ends.end.x) / 2;
  const cy = (ends.start.y + ends.end.y) / 2;
  return { x: cx - 120, y: cy - 20, width: 240, height: 40 };
}

function initialText(editing: TitleEditing): string {
  const doc = boardStore.getState().doc;
  if (!doc) return '';
  if (editing.kind === 'phaseTitle') return doc.phases.find((p) => p.id === editing.id)?.title ?? '';
  if (editing.kind === 'laneTitle') return doc.lanes.find((l) => l.id === editing.id)?.title ?? '';
  return doc.connectors[editing.id]?.label ?? '';
}

export function TitleEditor({ view, editing }: { view: BoardView; editing: TitleEditing }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => initialText(editing));
  const [zoom, setZoom] = useState(view.camera().zoom);
  const ref = useRef<HTMLInputElement>(null);
  const theme = view.theme();
  useFollowView(view, ref, () => targetRect(view, editing), (z) => z !== zoom && setZoom(z));
  useLayoutEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const header = editing.kind !== 'connectorLabel';
  const size = editing.kind === 'phaseTitle' ? theme.headerFontSize : editing.kind === 'laneTitle' ? theme.laneHeaderFontSize : 20;
  const label =
    editing.kind === 'phaseTitle' ? t('board:editor.phaseTitle') : editing.kind === 'laneTitle' ? t('board:editor.laneTitle') : t('board:editor.lineLabel');
  return (
    <input
      ref={ref}
      className="title-editor"
      data-testid="title-editor"
      value={text}
      aria-label={label}
      maxLength={header ? 300 : 500}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => commitEditing(boardStore, text, () => 0)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          commitEditing(boardStore, text, () => 0);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          boardStore.getState().startEditing(null);
        }
      }}
      style={{
        fontFamily: header ? theme.headerFont.family : theme.noteFont.family,
        fontWeight: header ? theme.headerFont.weight : theme.noteFont.weight,
        fontSize: `${size * zoom}px`,
        textAlign: editing.kind === 'laneTitle' ? 'left' : 'center',
      }}
    />
  );
}
