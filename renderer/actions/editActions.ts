/** Undo, redo, the clipboard, duplicate, delete and select all. */
import { duplicateNotes, removeConnectors, removeNotes } from '../../shared/model';
import { serializeNotes, parseClipboard, pasteContent } from './clipboard/format';
import { commitDoc } from './commit';
import { hasSelection, selectedConnectors, selectedNotes } from './selection';
import { defineAction, type ActionContext } from './types';
import { screenToBoard } from '../../shared/camera/camera';

function viewCentre(ctx: ActionContext) {
  const { width, height } = ctx.viewport.size();
  return screenToBoard(ctx.viewport.camera(), { x: width / 2, y: height / 2 });
}

async function copy(ctx: ActionContext): Promise<boolean> {
  const doc = ctx.store.getState().doc;
  const text = doc && serializeNotes(doc, selectedNotes(ctx.store));
  if (!text) return false;
  await ctx.clipboard.writeText(text);
  return true;
}

function deleteSelection(ctx: ActionContext): void {
  const notes = selectedNotes(ctx.store);
  const lines = selectedConnectors(ctx.store);
  commitDoc(ctx.store, (doc) => removeConnectors(removeNotes(doc, notes), lines));
  ctx.store.getState().clearSelection();
}

export const editActions = [
  defineAction({
    name: 'edit.undo',
    label: (t) => t('board:actions.undo'),
    undoable: false,
    enabled: (store) => store.temporal.getState().pastStates.length > 0,
    perform: ({ store }) => store.temporal.getState().undo(),
  }),
  defineAction({
    name: 'edit.redo',
    label: (t) => t('board:actions.redo'),
    undoable: false,
    enabled: (store) => store.temporal.getState().futureStates.length > 0,
    perform: ({ store }) => store.temporal.getState().redo(),
  }),
  defineAction({
    name: 'edit.cut',
    label: (t) => t('board:actions.cut'),
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: async (ctx) => {
      if (await copy(ctx)) deleteSelection(ctx);
    },
  }),
  defineAction({
    name: 'edit.copy',
    label: (t) => t('board:actions.copy'),
    undoable: false,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: async (ctx) => {
      await copy(ctx);
    },
  }),
  defineAction({
    name: 'edit.paste',
    label: (t) => t('board:actions.paste'),
    undoable: true,
    perform: async (ctx, input) => {
      const content = parseClipboard(await ctx.clipboard.readText());
      if (!content || !ctx.store.getState().doc) return;
      const at = (input as { at?: { x: number; y: number } } | undefined)?.at ?? ctx.viewport.pointer() ?? viewCentre(ctx);
      let ids: string[] = [];
      commitDoc(ctx.store, (doc) => {
        const pasted = pasteContent(doc, content, at);
        ids = pasted.ids;
        return pasted.doc;
      });
      ctx.store.getState().select(ids);
    },
  }),
  defineAction({
    name: 'edit.duplicate',
    label: (t) => t('board:actions.duplicate'),
    undoable: true,
    enabled: (store) => selectedNotes(store).length > 0,
    perform: ({ store }) => {
      let ids: string[] = [];
      commitDoc(store, (doc) => {
        const copies = duplicateNotes(doc, selectedNotes(store), { x: 24, y: 24 });
        ids = copies.ids;
        return copies.doc;
      });
      store.getState().select(ids);
    },
  }),
  defineAction({
    name: 'edit.delete',
    label: (t) => t('board:actions.delete'),
    undoable: true,
    enabled: hasSelection,
    perform: deleteSelection,
  }),
  defineAction({
    name: 'edit.selectAll',
    label: (t) => t('board:actions.selectAll'),
    undoable: false,
    perform: ({ store }) => {
      const doc = store.getState().doc;
      if (doc) store.getState().select(Object.keys(doc.notes));
    },
  }),
  defineAction({
    name: 'edit.deselect',
    label: (t) => t('board:actions.deselect'),
    undoable: false,
    perform: ({ store }) => {
      store.getState().clearSelection();
      store.getState().selectCell(null);
      store.getState().openContextMenu(null);
    },
  }),
];
