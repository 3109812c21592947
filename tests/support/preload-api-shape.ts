import { createYeondaeApi, type IpcRendererLike } from '../../electron/preload-api';

/** An API object's groups and the names of the functions in each, sorted: what a page can see of it. */
export type ApiShape = Record<string, string[]>;

/** The shape of `api`. */
export function apiShape(api: object): ApiShape {
  return Object.fromEntries(Object.entries(api).map(([group, functions]: [string, object]) => [group, Object.keys(functions).sort()]));
}

const inert: IpcRendererLike = {
  send: () => undefined,
  invoke: () => Promise.resolve(undefined),
  on: () => undefined,
  removeListener: () => undefined,
};

/**
 * The shape of what the preload puts in `window.yeondae`, built by the preload's own code
 * (`createYeondaeApi`), so a test that expects it cannot drift from the contract.
 */
export function preloadApiShape(): ApiShape {
  return apiShape(createYeondaeApi(inert));
}
