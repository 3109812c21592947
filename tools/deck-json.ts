import type { Deck } from '../common/deck/deck';
import type { Settings } from '../common/settings/settings';
import { loopTurns, roundMs } from '../common/show/loop-turns';

/**
 * The deck as the `npm run deck -- --json` document: `{"languages": [...], "slides":
 * [{"id", "kind", "text": {lang: text}}], "loop": {...}}`, with `signatory` and
 * `organizations` on the slides that have them. `loop` is one round of the running loop
 * under the content's settings: its `mode`, its `durationMs`, and each frame as it comes on
 * screen, in order (in `in-place` mode each language's turn), with its slide, the
 * languages on screen and how long it stays (`npm run export` makes a video of exactly this).
 */
export function deckToJson(deck: Deck, settings: Settings): string {
  const turns = loopTurns(deck, settings);
  const document = {
    languages: deck.languages,
    slides: deck.slides.map((slide) => ({
      id: slide.id,
      kind: slide.kind,
      text: Object.fromEntries(deck.languages.flatMap((lang) => (slide.text[lang] === undefined ? [] : [[lang, slide.text[lang]]]))),
      ...(slide.signatory !== undefined ? { signatory: slide.signatory } : {}),
      ...(slide.organizations !== undefined ? { organizations: slide.organizations } : {}),
    })),
    loop: {
      mode: settings.mode,
      languages: settings.languages,
      durationMs: roundMs(turns),
      frames: turns.map((turn) => ({ slideId: turn.slideId, langs: turn.langs, durationMs: turn.durationMs })),
    },
  };
  return JSON.stringify(document, null, 2);
}
