import type { WebSocket } from 'ws';
import { parseEditorMessage, type EditorMessage, type EditorServerMessage } from '../common/edit/edit-protocol';
import type { ServerMessage } from '../common/network/protocol';
import { createCodeAdmission } from './code-admission';
import { startClientSession, type ClientSession } from './client-session';
import type { ContentEditor, SaveResult } from './content-editor';
import type { NetworkLog } from './network-log';
import type { NetworkTokens } from './network-tokens';
import { createWaitingRoom } from './waiting-room';

/** Editor pages open at once: a few organizers at a time; past that, one is asked to close another. */
export const MAX_EDITORS = 4;

export interface EditorHubOptions {
  readonly editor: ContentEditor;
  readonly tokens: NetworkTokens;
  readonly open: boolean;
  readonly networkLog: NetworkLog;
  /** Calls its listener after the show read its content files again (a save, or an edit made elsewhere). */
  readonly onContentRead: (listener: () => void) => () => void;
  readonly now?: () => number;
}

export interface EditorHub {
  accept(socket: WebSocket, address: string): void;
  count(): number;
  close(): void;
}

/**
 * The editor pages' socket: on this computer only, or with the control code when the
 * server is open to the network; a display or read-along code is refused as a wrong code.
 * Each page is sent the content folder as it is, again whenever its files change (saved
 * here or elsewhere), and the answer to each save; every message it sends is checked by
 * `parseEditorMessage` first, and a malformed one closes it, as on the show socket.
 */
export function createEditorHub(options: EditorHubOptions): EditorHub {
  const { editor, networkLog } = options;
  const now = options.now ?? Date.now;
  const connected = new Set<ClientSession>();
  const admitted = new Set<ClientSession>();
  const waiting = createWaitingRoom<ClientSession>();
  const admitCode = createCodeAdmission({ tokens: options.tokens, open: options.open, networkLog, now }, 'control');
  let sentVersion = '';
  const send = (session: ClientSession, message: EditorServerMessage | ServerMessage): void => session.send(message as ServerMessage);
  const sendContent = (to: Iterable<ClientSession>): void => {
    const content = editor.content();
    sentVersion = content.version;
    const text = JSON.stringify({ type: 'content', content } satisfies EditorServerMessage);
    for (const session of to) session.send(text);
  };
  const answer = (session: ClientSession, result: SaveResult, undone: boolean): void => {
    if (result.ok) send(session, { type: 'saved', version: result.version, ...(undone ? { undone: true } : {}), ...(result.folder === undefined ? {} : { folder: result.folder }) });
    else send(session, { type: 'saveRefused', reason: result.reason, problems: result.problems });
  };

  const stopWatching = options.onContentRead(() => {
    if (admitted.size > 0 && editor.content().version !== sentVersion) sendContent(admitted);
  });

  return {
    accept(socket, address) {
      const session = startClientSession<EditorMessage>(socket, address, {
        parse: parseEditorMessage,
        now,
        warn: (cause, message) => networkLog.warn(cause, address, message),
        admit(hello, from) {
          const admission = admitCode(hello, from);
          if ('refused' in admission) return admission;
          if (admitted.size >= MAX_EDITORS) {
            networkLog.warn('too-many-clients', from, `refused an editor page at ${from}: ${MAX_EDITORS} are open already`);
            return { refused: 'too-many-clients' };
          }
          return admission;
        },
        welcome(page) {
          waiting.leave(page);
          admitted.add(page);
          send(page, { type: 'welcome', capability: 'control', serverTime: now() });
          sendContent([page]);
        },
        act(page, message) {
          switch (message.type) {
            case 'ping':
              send(page, { type: 'pong', id: message.id, serverTime: now() });
              return;
            case 'save':
              answer(page, editor.save(message.base, message.segments, message.settings), false);
              // Every page, this one too, has the files as they are now (the show's watch will say the same later).
              sendContent(admitted);
              return;
            case 'saveImport':
              answer(page, editor.saveImported(message.base, message.template, message.segments, message.source, message.folder === undefined ? { into: 'show' } : { into: 'new-folder', name: message.folder }), false);
              sendContent(admitted);
              return;
            case 'undoSave':
              answer(page, editor.undoSave(message.base), true);
              sendContent(admitted);
              return;
          }
        },
        closed(page) {
          connected.delete(page);
          waiting.leave(page);
          admitted.delete(page);
        },
      });
      connected.add(session);
      for (const pushedOut of waiting.enter(session, address)) pushedOut.drop();
    },
    count: () => admitted.size,
    close() {
      stopWatching();
      for (const session of [...connected]) session.refuse('server-closing');
    },
  };
}
