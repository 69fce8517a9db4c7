/**
 * The preload (bundled to dist/electron/preload.cjs, CommonJS because the window is sandboxed).
 * It exposes the named verbs of createJourneyboardApi as `window.journeyboard` through the
 * context bridge; the page never gets ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createJourneyboardApi } from './api';

contextBridge.exposeInMainWorld('journeyboard', createJourneyboardApi(ipcRenderer));
