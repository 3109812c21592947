// The preload of every window. A sandboxed preload can `require` nothing but
// `electron`, so the build bundles this file with everything it imports into one file.
import { contextBridge, ipcRenderer } from 'electron';
import { exposeYeondaeApi } from './preload-api';
import { answerHeartbeats } from './preload-heartbeat';

answerHeartbeats(ipcRenderer);
exposeYeondaeApi(contextBridge, ipcRenderer);
