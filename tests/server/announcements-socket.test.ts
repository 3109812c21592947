import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/socket-client';
import { useServerPerTest } from '../support/server-per-test';

const servers = useServerPerTest('yeondae-announcements-socket-');
const LIST = [{ id: 'move-back', text: { en: 'Please move back', ko: '물러나 주세요' } }];

describe('the written announcements on the show socket (127.0.0.1)', () => {
  it('go to a controller on joining and when the file changes; a screen is sent neither them nor a state for them', async () => {
    const server = await servers.start();
    const controller = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('control') });
    const screen = await connectClient(server.socketUrl, server.origin, { token: server.tokens.token('display') });
    expect((await controller.next('announcements')).announcements).toEqual([]);
    await screen.next('state');
    const statesBefore = screen.messages.filter((message) => message.type === 'state').length;
    server.store.replaceAnnouncements(LIST);
    expect((await controller.next('announcements', (message) => message.announcements.length === 1)).announcements).toEqual(LIST);
    // A change of the show after it: by the time the screen has that, it would have had anything sent before.
    server.store.dispatch({ type: 'next' });
    await screen.next('state', (message) => message.state.frame === 1);
    expect(screen.messages.filter((message) => message.type === 'state')).toHaveLength(statesBefore + 1);
    expect(screen.messages.some((message) => message.type === 'announcements')).toBe(false);
    controller.close();
    screen.close();
  });
});
