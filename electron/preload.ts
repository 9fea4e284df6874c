/**
 * The preload script of the main window (sandboxed, so it is bundled into one file by
 * scripts/build-electron.mjs and may require only 'electron'). It exposes `window.veldwerk`
 * and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeBridge } from './preload-bridge';

exposeBridge(contextBridge, ipcRenderer);
