import type { Refusal } from '../../common/network/protocol';
import type { UiLanguage } from '../../common/settings/presenter-settings';

/** Every word the read-along page says of its own, in each language; the statement's words are never here. */
export interface ReadLabels {
  readonly title: string;
  /** The language switch, as a group, and its choice of both languages together. */
  readonly language: string;
  readonly textSize: string;
  readonly smaller: string;
  readonly larger: string;
  readonly backToNow: string;
  readonly loading: string;
  readonly connecting: string;
  readonly offline: string;
  readonly refused: Readonly<Record<Refusal, string>>;
  /** Said on the page in one line: nothing about the reader is kept. */
  readonly privacy: string;
  readonly organizations: string;
}

const EN: ReadLabels = {
  title: 'Read along',
  language: 'Language',
  textSize: 'Text size',
  smaller: 'Smaller text',
  larger: 'Larger text',
  backToNow: 'Back to now',
  loading: 'Loading the statement…',
  connecting: 'Connecting…',
  offline: 'Offline. The text stays here; reconnecting…',
  refused: {
    'no-token': 'This address has no code. Scan the QR code on the screen again.',
    'wrong-token': 'This code is not right. Scan the QR code on the screen again.',
    'token-replaced': 'The read-along code was replaced. Scan the new QR code on the screen.',
    'too-many-clients': 'The read-along is full right now. Trying again…',
    'too-many-attempts': 'Too many wrong codes from this phone. Scan the QR code on the screen again.',
    flooding: 'Reconnecting…',
    'bad-message': 'Reconnecting…',
    'no-hello': 'Reconnecting…',
    'server-closing': 'The show is stopping. The text stays here.',
  },
  privacy: 'This page keeps nothing about you: no account, no tracking, no address in any log. Only your text size stays, on this phone.',
  organizations: 'Organizations',
};

const KO: ReadLabels = {
  title: '함께 읽기',
  language: '언어',
  textSize: '글자 크기',
  smaller: '글자 작게',
  larger: '글자 크게',
  backToNow: '지금 부분으로',
  loading: '성명서를 불러오는 중…',
  connecting: '연결하는 중…',
  offline: '연결이 끊겼습니다. 글은 그대로 있고, 다시 연결하는 중입니다…',
  refused: {
    'no-token': '이 주소에는 코드가 없습니다. 화면의 QR 코드를 다시 스캔하세요.',
    'wrong-token': '코드가 맞지 않습니다. 화면의 QR 코드를 다시 스캔하세요.',
    'token-replaced': '함께 읽기 코드가 바뀌었습니다. 화면의 새 QR 코드를 스캔하세요.',
    'too-many-clients': '지금은 함께 읽는 사람이 가득 찼습니다. 다시 시도하는 중…',
    'too-many-attempts': '이 휴대폰에서 잘못된 코드가 너무 많았습니다. 화면의 QR 코드를 다시 스캔하세요.',
    flooding: '다시 연결하는 중…',
    'bad-message': '다시 연결하는 중…',
    'no-hello': '다시 연결하는 중…',
    'server-closing': '쇼가 종료되는 중입니다. 글은 그대로 있습니다.',
  },
  privacy: '이 페이지는 여러분에 관한 어떤 것도 남기지 않습니다. 계정도, 추적도, 기록에 남는 주소도 없습니다. 글자 크기만 이 휴대폰에 저장됩니다.',
  organizations: '단체',
};

export const READ_LABELS: Readonly<Record<UiLanguage, ReadLabels>> = { en: EN, ko: KO };
