import { describe, expect, it } from 'vitest';
import { exposeYeondaeApi } from '../../electron/preload-api';
import { apiShape, preloadApiShape } from '../support/preload-api-shape';

describe('the API shape the real-Electron tests expect', () => {
  it('is what the preload exposes in window.yeondae, every group included (the launch test once forgot host)', () => {
    const exposed: object[] = [];
    const ipcRenderer = { send: () => undefined, invoke: () => Promise.resolve(), on: () => undefined, removeListener: () => undefined };
    exposeYeondaeApi({ exposeInMainWorld: (_key, api) => exposed.push(api as object) }, ipcRenderer);
    expect(exposed).toHaveLength(1);
    expect(preloadApiShape()).toEqual(apiShape(exposed[0] ?? {}));
    for (const [group, functions] of Object.entries(preloadApiShape())) expect(functions.length, group).toBeGreaterThan(0);
  });
});
