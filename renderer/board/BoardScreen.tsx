import { useBoard } from '../store/store';

/** The board screen: toolbar, canvas and side panels for the open journey. */
export function BoardScreen() {
  const title = useBoard((s) => s.doc?.title ?? '');
  return <main className="board-screen" aria-label={title} />;
}
