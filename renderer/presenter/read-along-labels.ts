import type { UiLanguage } from '../../common/settings/presenter-settings';

/** The network panel's words for the read-along page, in each language. */
export interface ReadAlongPanelLabels {
  readonly heading: string;
  readonly qrAlt: string;
  readonly caption: string;
  readonly replace: string;
}

export const READ_ALONG_PANEL_LABELS: Readonly<Record<UiLanguage, ReadAlongPanelLabels>> = {
  en: {
    heading: 'Read along (phones in the crowd)',
    qrAlt: 'QR code of the read-along page',
    caption: 'Anyone who scans it reads the statement on their phone, with the part on screen marked. The code may only follow the show: it is meant to be public in the venue.',
    replace: "Replace the readers' code (disconnects every read-along phone, no screen)",
  },
  ko: {
    heading: '함께 읽기 (관객의 휴대폰)',
    qrAlt: '함께 읽기 페이지의 QR 코드',
    caption: '스캔하면 누구나 자기 휴대폰에서 성명서를 읽을 수 있고, 지금 화면에 나오는 부분이 표시됩니다. 이 코드로는 쇼를 따라 읽기만 할 수 있어 행사장에 공개해도 됩니다.',
    replace: '함께 읽기 코드 바꾸기 (모든 함께 읽기 휴대폰 연결 끊김, 화면은 그대로)',
  },
};
