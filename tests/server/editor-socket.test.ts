import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import type { EditableContent } from '../../common/edit/edit-protocol';
import { copyContentFolder } from '../support/content-copy';
import { projectPath } from '../support/project-content';
import { useScratchFolders } from '../support/scratch-folders';
import { useServerPerTest } from '../support/server-per-test';
import { connectClient, type SocketClient } from '../support/socket-client';

const servers = useServerPerTest('yeondae-editor-socket-');
const scratch = useScratchFolders('yeondae-editor-content-');

/** A server running the whole owner on a copy of the shipped content: the editor edits the copy. */
async function startServer(open = true) {
  const folder = copyContentFolder(projectPath('content'), scratch());
  const server = await servers.start({ open, owner: { argv: ['--content', folder] } });
  return { server, folder, statement: join(folder, 'statement.yaml'), editUrl: server.editSocketUrl };
}

type Any = Record<string, unknown> & { type: string };
const messagesOf = (client: SocketClient): Any[] => client.messages as unknown as Any[];
async function next(client: SocketClient, type: string, match: (message: Any) => boolean = () => true): Promise<Any> {
  await expect.poll(() => messagesOf(client).some((message) => message.type === type && match(message)), { timeout: 5000 }).toBe(true);
  return messagesOf(client).find((message) => message.type === type && match(message)) as Any;
}
const contentOf = async (client: SocketClient, match: (content: EditableContent) => boolean = () => true): Promise<EditableContent> => (await next(client, 'content', (message) => match(message.content as EditableContent))).content as EditableContent;

describe('the editor page’s socket (127.0.0.1)', () => {
  it('open to the network, takes the control code only: no code, the display code and the read-along code are refused', async () => {
    const { server, editUrl } = await startServer();
    const refusals: unknown[] = [];
    for (const token of [undefined, server.tokens.token('display'), server.tokens.token('follow'), 'not-a-code']) {
      const client = await connectClient(editUrl, server.origin, token === undefined ? {} : { token });
      servers.keep(client.socket);
      refusals.push([await client.closed, messagesOf(client).find((message) => message.type === 'refused')?.reason]);
      expect(messagesOf(client).some((message) => message.type === 'content')).toBe(false);
    }
    expect(refusals).toEqual([
      [4401, 'no-token'],
      [4401, 'wrong-token'],
      [4401, 'wrong-token'],
      [4401, 'wrong-token'],
    ]);
    const editor = await connectClient(editUrl, server.origin, { token: server.tokens.token('control') });
    expect((await contentOf(editor)).segments).toHaveLength(29);
    editor.close();
  });

  it('on this computer only, takes a page with no code', async () => {
    const { server, editUrl } = await startServer(false);
    const editor = await connectClient(editUrl, server.origin, {});
    expect((await contentOf(editor)).folder).toContain('yeondae-editor-content-');
    editor.close();
  });

  it('refuses a page from a foreign Origin before it can say anything', async () => {
    const { server, editUrl } = await startServer();
    await expect(connectClient(editUrl, 'http://evil.example', { token: server.tokens.token('control') })).rejects.toThrow('upgrade refused: 403');
  });

  it('closes a page that sends a malformed save, and writes nothing', async () => {
    const { server, editUrl, statement } = await startServer();
    const before = readFileSync(statement, 'utf8');
    const editor = await connectClient(editUrl, server.origin, { token: server.tokens.token('control') });
    servers.keep(editor.socket);
    const content = await contentOf(editor);
    editor.send({ type: 'save', base: content.version, segments: [{ id: '1a', kind: 'statement', text: { en: 42 } }], settings: {} });
    expect(await editor.closed).toBe(1008);
    expect(messagesOf(editor).find((message) => message.type === 'refused')?.reason).toBe('bad-message');
    expect(readFileSync(statement, 'utf8')).toBe(before);
  });

  it('saves over the socket, tells every editor page the new version, and refuses a save made from the old one', async () => {
    const { server, editUrl, statement } = await startServer();
    const control = server.tokens.token('control');
    const first = await connectClient(editUrl, server.origin, { token: control });
    const second = await connectClient(editUrl, server.origin, { token: control });
    const content = await contentOf(first);
    await contentOf(second);
    const segments = (content.segments ?? []).map((segment, index) => (index === 0 ? { ...segment, text: { ...segment.text, en: 'We stand with Palestine.' } } : segment));
    first.send({ type: 'save', base: content.version, segments, settings: {} });
    const saved = await next(first, 'saved');
    expect(await contentOf(second, (now) => now.version === saved.version)).toMatchObject({ history: 1 });
    expect(readFileSync(statement, 'utf8')).toContain('\n      We stand with Palestine.\n');
    second.send({ type: 'save', base: content.version, segments: content.segments, settings: {} });
    expect(await next(second, 'saveRefused')).toMatchObject({ reason: 'changed-elsewhere' });
    // The show took the save up as a live edit.
    await expect.poll(() => server.store.getSnapshot().deck.slides[0]?.text.en).toBe('We stand with Palestine.');
    first.close();
    second.close();
  });

  it('leaves the show socket as small as it was: a message past its 4 KiB is still refused there', async () => {
    const { server } = await startServer();
    const socket = servers.keep(new WebSocket(server.socketUrl, { origin: server.origin }));
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send(JSON.stringify({ type: 'hello', clientId: 'x'.repeat(5000) }));
    expect(await closed).toBe(1009);
  });
});
