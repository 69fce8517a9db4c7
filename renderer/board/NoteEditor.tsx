/**
 * The note text editor: a textarea laid exactly over the note, in the note's font and size,
 * shrinking the text as the canvas does and growing the note below the legible minimum.
 * Escape or a click outside commits; the whole typing session is one undo step.
 */
import { useRef, useState, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { notePosition, type Note } from '../../shared/model';
import { commitEditing } from '../actions/editing';
import { noteLayout } from '../canvas/draw/drawNote';
import { noteTextLayouts } from '../canvas/draw/measure';
import { NOTE_TEXT } from '../canvas/draw/textLayout';
import type { BoardView } from '../canvas/stage/BoardView';
import { boardStore } from '../store/store';
import { useFollowView } from './useFollowView';

export function NoteEditor({ view, note, isNew }: { view: BoardView; note: Note; isNew: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState(note.text);
  const [zoom, setZoom] = useState(view.camera().zoom);
  const boxRef = useRef<HTMLDivElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const theme = view.theme();
  const layout = noteLayout({ ...note, text }, { theme, layouts: noteTextLayouts });
  const height = layout.fits ? note.height : Math.max(note.height, layout.neededHeight);
  const position = notePosition(note, view.scene.layout) ?? { x: note.x, y: note.y };
  const lines = Math.max(1, layout.lines.length);
  const padTop = Math.max(NOTE_TEXT.padding, (height - lines * layout.lineHeight) / 2);
  const ink = theme.inks[note.colour];

  useFollowView(view, boxRef, () => ({ ...position, width: note.width, height }), (z) => z !== zoom && setZoom(z));

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  const commit = () =>
    commitEditing(boardStore, text, (n, value) => {
      const l = noteLayout({ ...n, text: value }, { theme, layouts: noteTextLayouts });
      return l.fits ? n.height : l.neededHeight;
    });

  return (
    <div
      ref={boxRef}
      className="note-editor"
      style={{ background: ink.fill, borderColor: ink.edge }}
      data-testid="note-editor"
      data-new={isNew || undefined}
    >
      <textarea
        ref={areaRef}
        value={text}
        aria-label={t('board:editor.noteText')}
        spellCheck
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
            e.preventDefault();
            commit();
          }
        }}
        style={{
          fontFamily: theme.noteFont.family,
          fontWeight: theme.noteFont.weight,
          fontSize: `${layout.fontSize * zoom}px`,
          lineHeight: `${layout.lineHeight * zoom}px`,
          padding: `${padTop * zoom}px ${NOTE_TEXT.padding * zoom}px 0`,
          color: theme.ink,
        }}
      />
    </div>
  );
}
