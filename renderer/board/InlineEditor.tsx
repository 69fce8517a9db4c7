/** Shows the right editor for what is being edited, over the canvas. */
import { useBoard } from '../store/store';
import { useBoardContext } from './boardContext';
import { NoteEditor } from './NoteEditor';
import { TitleEditor } from './TitleEditor';

export function InlineEditor() {
  const editing = useBoard((s) => s.editing);
  const note = useBoard((s) => (editing?.kind === 'note' ? s.doc?.notes[editing.id] : undefined));
  const { view } = useBoardContext();
  if (!editing || !view) return null;
  switch (editing.kind) {
    case 'newNote':
      return <NoteEditor key={editing.note.id} view={view} note={editing.note} isNew />;
    case 'note':
      return note ? <NoteEditor key={note.id} view={view} note={note} isNew={false} /> : null;
    default:
      return <TitleEditor key={`${editing.kind}:${editing.id}`} view={view} editing={editing} />;
  }
}
