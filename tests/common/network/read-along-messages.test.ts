import { describe, expect, it } from 'vitest';
import { parseClientMessage } from '../../../common/network/protocol';
import { parseDeckDocument, parseServerMessage } from '../../../common/network/server-message';
import { checkSettings } from '../../../common/settings/settings';

describe('the read-along messages', () => {
  it('reads where the show is, and nothing of another shape', () => {
    expect(parseServerMessage(JSON.stringify({ type: 'reading', deck: 'v1', slide: 3 }))).toEqual({ type: 'reading', deck: 'v1', slide: 3 });
    for (const bad of [{ type: 'reading', deck: 1, slide: 3 }, { type: 'reading', deck: 'v1', slide: -1 }, { type: 'reading', deck: 'v1', slide: 1.5 }, { type: 'reading', deck: 'v1' }]) {
      expect(parseServerMessage(JSON.stringify(bad))).toBeUndefined();
    }
  });

  it('reads the read-along address in the network panel, and a welcome as a reader', () => {
    const network = { open: true, addresses: [], readAlongUrl: 'http://192.168.1.20:8765/read#key=abc' };
    expect(parseServerMessage(JSON.stringify({ type: 'network', network }))).toEqual({ type: 'network', network });
    expect(parseServerMessage(JSON.stringify({ type: 'network', network: { ...network, readAlongUrl: 7 } }))).toBeUndefined();
    expect(parseServerMessage(JSON.stringify({ type: 'welcome', capability: 'follow', serverTime: 1 }))).toEqual({ type: 'welcome', capability: 'follow', serverTime: 1 });
  });

  it('reads the statement a read-along page loads, and refuses what is not one', () => {
    const deck = { languages: ['en', 'ko'], slides: [{ id: 'one', kind: 'statement', text: { en: 'A.' } }] };
    expect(parseDeckDocument(JSON.stringify(deck))).toEqual(deck);
    for (const bad of ['not json', '[]', JSON.stringify({ slides: 'no' }), JSON.stringify({ slides: [], languages: [1] })]) expect(parseDeckDocument(bad)).toBeUndefined();
  });

  it('lets a controller ask to replace the follow code', () => {
    expect(parseClientMessage(JSON.stringify({ type: 'replaceToken', capability: 'follow' }))).toEqual({ type: 'replaceToken', capability: 'follow' });
  });
});

describe('the read-along settings', () => {
  it('takes readAlongBadge off or corner, off by default, and networkMaxReaders apart from networkMaxClients, 1000 by default', () => {
    expect(checkSettings({}).settings).toMatchObject({ readAlongBadge: 'off', networkMaxReaders: 1000, networkMaxClients: 50 });
    expect(checkSettings({ readAlongBadge: 'corner', networkMaxReaders: 300 }).settings).toMatchObject({ readAlongBadge: 'corner', networkMaxReaders: 300 });
    const bad = checkSettings({ readAlongBadge: 'top', networkMaxReaders: -1 });
    expect(bad.settings).toMatchObject({ readAlongBadge: 'off', networkMaxReaders: 1000 });
    expect(bad.problems.map((problem) => problem.path[0])).toEqual(['readAlongBadge', 'networkMaxReaders']);
  });
});
