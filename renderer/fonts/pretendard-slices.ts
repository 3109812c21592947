/**
 * All of Pretendard (SIL Open Font License 1.1, see licenses/Pretendard-OFL.txt), the
 * variable font in unicode-range slices: the browser fetches only the slices a text uses,
 * all from the app's own files (never the network). Imported on its own (slices.ts), so
 * that its 92 @font-face rules are no part of the style sheet the first slide waits for:
 * that slide's characters are all in the deck's own font (deck-font.ts).
 */
import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
