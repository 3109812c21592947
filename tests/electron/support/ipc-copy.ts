// What crosses Electron's IPC is a copy: the arguments and answers of `ipcRenderer.send`,
// `ipcRenderer.invoke` / `ipcMain.handle` and `webContents.send` are serialized with the
// structured clone algorithm (docs/api/ipc-renderer.md, docs/api/web-contents.md; V8's
// ValueSerializer under electron::SerializedValue, shell/common/gin_converters/blink_converter.cc),
// so the other side never holds the sender's objects, and a function, a promise or a symbol
// cannot be sent at all.

/**
 * A copy of `values` as the other process receives it; throws what Electron throws for a
 * value that cannot be copied (`message`, where Electron says something of its own).
 */
export function copyAcrossProcesses<T>(values: T, message?: string): T {
  try {
    return structuredClone(values);
  } catch (error) {
    if (message === undefined) throw error;
    throw new Error(message, { cause: error });
  }
}
