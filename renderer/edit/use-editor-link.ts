import { useEffect, useRef, useState } from 'react';
import type { EditedSegment } from '../../common/edit/edited-content';
import { EDIT_SOCKET_PATH, type EditableContent, type EditedSettings, type EditorMessage, type EditorServerMessage } from '../../common/edit/edit-protocol';
import { parseEditorServerMessage } from '../../common/edit/edit-server-message';
import { openServerLink, type LinkState, type ServerLink } from '../connection/server-link';

/** The server's answer to the last save or undo, for the page to say. */
export type SaveAnswer = Extract<EditorServerMessage, { type: 'saved' | 'saveRefused' }>;

export interface EditorLink {
  readonly link: LinkState;
  /** The content folder as the server last said it is. */
  readonly content: EditableContent | undefined;
  readonly answer: SaveAnswer | undefined;
  /** `false` when the link is down: nothing was sent. */
  save(base: string, segments: readonly EditedSegment[], settings: EditedSettings): boolean;
  /** Saves an import over the show's content, or as a new folder named `folder` beside it. */
  saveImport(base: string, template: string, segments: readonly EditedSegment[], source: string, folder?: string): boolean;
  undoSave(base: string): boolean;
}

/** The server answers a ping at once; pinging this often keeps a quiet page's link alive (server-link.ts's silence limit). */
const PING_EVERY_MS = 4000;

/** The editor page's connection to its show server's editor socket, with the page's code. */
export function useEditorLink(token: string | undefined): EditorLink {
  const [link, setLink] = useState<LinkState>({ kind: 'connecting' });
  const [content, setContent] = useState<EditableContent | undefined>(undefined);
  const [answer, setAnswer] = useState<SaveAnswer | undefined>(undefined);
  const socket = useRef<ServerLink<EditorMessage> | undefined>(undefined);
  useEffect(() => {
    const opened = openServerLink<ReturnType<typeof parseEditorServerMessage> & object, EditorMessage>({
      clientId: `edit-${crypto.randomUUID()}`,
      token,
      path: EDIT_SOCKET_PATH,
      parse: parseEditorServerMessage,
      onState: setLink,
      onMessage(message) {
        if (message.type === 'content') setContent(message.content);
        if (message.type === 'saved' || message.type === 'saveRefused') setAnswer(message);
      },
    });
    socket.current = opened;
    let ping = 0;
    const timer = setInterval(() => opened.send({ type: 'ping', id: (ping += 1) }), PING_EVERY_MS);
    return () => {
      clearInterval(timer);
      opened.close();
    };
  }, [token]);
  return {
    link,
    content,
    answer,
    save: (base, segments, settings) => {
      setAnswer(undefined);
      return socket.current?.send({ type: 'save', base, segments, settings }) ?? false;
    },
    saveImport: (base, template, segments, source, folder) => {
      setAnswer(undefined);
      return socket.current?.send({ type: 'saveImport', base, template, segments, source, ...(folder === undefined ? {} : { folder }) }) ?? false;
    },
    undoSave: (base) => {
      setAnswer(undefined);
      return socket.current?.send({ type: 'undoSave', base }) ?? false;
    },
  };
}
