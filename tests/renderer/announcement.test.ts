import { describe, expect, it } from 'vitest';
import type { Slide } from '../../common/deck/deck';
import { nextAnnouncement, SILENT } from '../../renderer/show/announcement';

const slide = (id: string): Slide => ({ id, kind: 'statement', text: { en: `English ${id}`, ko: `한국어 ${id}` } }) as Slide;
const langsOf = (announcement: ReturnType<typeof nextAnnouncement>) => announcement.parts.map((part) => part.lang);

describe('nextAnnouncement', () => {
  it('hears each language once while in-place alternation turns the same segment between them', () => {
    const one = slide('one');
    const english = nextAnnouncement(SILENT, { frame: 0, slide: one, langs: ['en'] });
    const korean = nextAnnouncement(english, { frame: 0, slide: one, langs: ['ko'] });
    expect(langsOf(english)).toEqual(['en']);
    expect(langsOf(korean)).toEqual(['ko']);
    expect(nextAnnouncement(korean, { frame: 0, slide: one, langs: ['en'] })).toBe(korean);
    expect(nextAnnouncement(korean, { frame: 0, slide: one, langs: ['ko'] })).toBe(korean);
  });

  it('announces a slide afresh when the show comes back to it by navigation', () => {
    const first = nextAnnouncement(SILENT, { frame: 0, slide: slide('one'), langs: ['en'] });
    const second = nextAnnouncement(first, { frame: 1, slide: slide('two'), langs: ['en'] });
    const back = nextAnnouncement(second, { frame: 0, slide: slide('one'), langs: ['en'] });
    expect(back).not.toBe(second);
    expect(back.parts).toEqual([{ lang: 'en', lines: ['English one'] }]);
  });

  it('announces words changed by a live edit, and stays silent while black', () => {
    const before = nextAnnouncement(SILENT, { frame: 0, slide: slide('one'), langs: ['en'] });
    const edited = nextAnnouncement(before, { frame: 0, slide: { ...slide('one'), text: { en: 'English one, fixed' } }, langs: ['en'] });
    expect(edited.parts).toEqual([{ lang: 'en', lines: ['English one, fixed'] }]);
    expect(nextAnnouncement(edited, undefined)).toBe(SILENT);
    expect(nextAnnouncement(SILENT, undefined)).toBe(SILENT);
  });

  it('reads the signatory and the organizations after the first language’s words, as the slide shows them', () => {
    const signed = { ...slide('sign'), signatory: 'Sample Signatory', organizations: [{ name: 'Sample Collective', link: '@sample' }] } as Slide;
    const announced = nextAnnouncement(SILENT, { frame: 3, slide: signed, langs: ['ko', 'en'] });
    expect(announced.parts).toEqual([
      { lang: 'ko', lines: ['한국어 sign', 'Sample Signatory', 'Sample Collective @sample'] },
      { lang: 'en', lines: ['English sign'] },
    ]);
  });
});
