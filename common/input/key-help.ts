import type { UiLanguage } from '../settings/presenter-settings';

/** One line of the key help: the keys as a person reads them, and what they do, in each language. */
export interface KeyHelpRow {
  /** As printed: `→ ↓ Space PageDown N Enter`. */
  readonly keys: string;
  /** The `KeyboardEvent.key` values the line covers (letters in lower case), checked against the key map by a test. */
  readonly presses: readonly string[];
  readonly does: Readonly<Record<UiLanguage, string>>;
}

/**
 * The keys as the presenter view's help lists them and as the README's Keys table says
 * them, word for word in English (a test compares the three: key map, this list, README).
 */
export const KEY_HELP: readonly KeyHelpRow[] = [
  { keys: '→ ↓ Space PageDown N Enter', presses: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'Enter'], does: { en: 'next', ko: '다음 슬라이드' } },
  { keys: '← ↑ PageUp P Backspace', presses: ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace'], does: { en: 'previous', ko: '이전 슬라이드' } },
  { keys: 'Home / End', presses: ['Home', 'End'], does: { en: 'first / last slide', ko: '첫 슬라이드 / 마지막 슬라이드' } },
  {
    keys: 'B or .',
    presses: ['b', '.'],
    does: {
      en: 'black screen on/off (next or previous while black only brings the picture back)',
      ko: '화면 끄기/켜기 (화면이 꺼져 있을 때 다음이나 이전을 누르면 화면만 다시 켜집니다)',
    },
  },
  {
    keys: '1 … 9 / 0',
    presses: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    does: { en: 'put up the first … ninth announcement on every screen / take it down', ko: '첫 번째 … 아홉 번째 공지를 모든 화면에 띄우기 / 내리기' },
  },
  { keys: 'A', presses: ['a'], does: { en: 'auto-loop on/off', ko: '자동 넘김 켜기/끄기' } },
  {
    keys: 'M',
    presses: ['m'],
    does: { en: 'next alternation mode: sequence → in-place → stacked → single', ko: '다음 표시 방식: 언어 차례로 → 제자리에서 바꾸기 → 두 언어 함께 → 첫 언어만' },
  },
  { keys: 'S', presses: ['s'], does: { en: 'open the presenter view (or bring it forward)', ko: '발표자 화면 열기 (열려 있으면 앞으로 가져오기)' } },
  { keys: 'F', presses: ['f'], does: { en: 'fullscreen on/off', ko: '전체 화면 켜기/끄기' } },
  { keys: '?', presses: ['?'], does: { en: 'this list of keys, in the presenter view', ko: '발표자 화면에서 이 단축키 목록 보기' } },
  {
    keys: 'F5',
    presses: ['F5'],
    does: { en: "brings the picture back (a clicker's start button); never reloads", ko: '화면을 다시 켭니다 (리모컨의 시작 버튼). 새로 고침은 하지 않습니다' },
  },
  {
    keys: 'Esc',
    presses: ['Escape'],
    does: { en: 'nothing: no single key ends or breaks the show (Ctrl+Shift+Q, or the exitKeys setting, ends it)',
      ko: '아무 일도 하지 않습니다. 키 하나로는 쇼가 끝나거나 멈추지 않습니다 (끝내려면 Ctrl+Shift+Q, 또는 exitKeys 설정의 키)',
    },
  },
];
