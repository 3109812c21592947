import type { Refusal } from '../../common/network/protocol';
import type { AlternationMode } from '../../common/settings/show-settings';
import type { UiLanguage } from '../../common/settings/presenter-settings';
import type { LoopState } from '../../common/show/show-state';

/** The remote speaks the phone's language: English or Korean. */
export type RemoteLanguage = UiLanguage;

/** Every word the remote shows, in each language; the statement's own text is never here. */
export interface RemoteLabels {
  /** The page's heading, for screen readers (the buttons say the rest). */
  readonly title: string;
  readonly next: string;
  readonly previous: string;
  readonly black: string;
  readonly unblack: string;
  readonly loop: Readonly<Record<LoopState, string>>;
  readonly mode: string;
  readonly modes: Readonly<Record<AlternationMode, string>>;
  readonly now: string;
  readonly upNext: string;
  readonly fromTheStart: string;
  readonly end: string;
  readonly audienceSeesBlack: string;
  readonly nextIn: (time: string) => string;
  readonly resumesIn: (time: string) => string;
  readonly offline: string;
  readonly connecting: string;
  readonly refused: Readonly<Record<Refusal, string>>;
  readonly watchOnly: string;
  readonly awake: string;
  readonly maySleep: string;
  readonly otherLanguage: string;
  /** Replaces the read-along code: every phone reading along is disconnected, no screen. */
  readonly replaceReaders: string;
  readonly replaceReadersConfirm: string;
}

const EN: RemoteLabels = {
  title: 'Yeondae phone remote',
  next: 'Next',
  previous: 'Previous',
  black: 'Black screen',
  unblack: 'Show the slide',
  loop: { off: 'Auto-loop: off', running: 'Auto-loop: on', paused: 'Auto-loop: paused' },
  mode: 'Mode',
  modes: { sequence: 'one after the other', 'in-place': 'in place', stacked: 'both together', single: 'first language only' },
  now: 'On screen now',
  upNext: 'Next',
  fromTheStart: 'Next (from the start)',
  end: 'End of the show',
  audienceSeesBlack: 'The audience sees a black screen',
  nextIn: (time) => `next in ${time}`,
  resumesIn: (time) => `resumes in ${time}`,
  offline: 'Connection lost. Reconnecting…',
  connecting: 'Connecting…',
  refused: {
    'no-token': 'This address has no code. Scan the QR code in the presenter view again.',
    'wrong-token': 'This code is not right. Scan the QR code in the presenter view again.',
    'token-replaced': 'This remote’s code was replaced. Scan the new QR code in the presenter view.',
    'too-many-clients': 'The show has as many screens as it allows. Trying again…',
    'too-many-attempts': 'Too many wrong codes from this phone. Scan the code in the presenter view again.',
    flooding: 'Too many taps at once. Reconnecting…',
    'bad-message': 'The show did not understand this remote. Reconnecting…',
    'no-hello': 'Reconnecting…',
    'server-closing': 'The show is stopping.',
  },
  watchOnly: 'This code only lets a screen watch the show. Scan the phone remote’s QR code in the presenter view.',
  awake: 'This phone stays awake while the remote is open.',
  maySleep: 'This browser cannot keep the phone awake here (it never can on a plain http:// address). Set a longer screen timeout, or tap now and then: the remote reconnects when the phone wakes.',
  otherLanguage: '한국어',
  replaceReaders: "Replace the readers' code",
  replaceReadersConfirm: 'Replace the read-along code? Every phone reading along is disconnected (no screen is); the screens show the new QR code.',
};

const KO: RemoteLabels = {
  title: '연대 휴대폰 리모컨',
  next: '다음',
  previous: '이전',
  black: '검은 화면',
  unblack: '슬라이드 다시 보이기',
  loop: { off: '자동 넘김: 꺼짐', running: '자동 넘김: 켜짐', paused: '자동 넘김: 일시 정지' },
  mode: '표시 방식',
  modes: { sequence: '언어 차례로', 'in-place': '제자리에서 바꾸기', stacked: '두 언어 함께', single: '첫 언어만' },
  now: '지금 화면',
  upNext: '다음',
  fromTheStart: '다음 (처음부터)',
  end: '마지막 슬라이드입니다',
  audienceSeesBlack: '관객에게 검은 화면이 보입니다',
  nextIn: (time) => `${time} 후 다음`,
  resumesIn: (time) => `${time} 후 다시 시작`,
  offline: '연결이 끊겼습니다. 다시 연결하는 중…',
  connecting: '연결하는 중…',
  refused: {
    'no-token': '이 주소에는 코드가 없습니다. 발표자 화면의 QR 코드를 다시 스캔하세요.',
    'wrong-token': '코드가 맞지 않습니다. 발표자 화면의 QR 코드를 다시 스캔하세요.',
    'token-replaced': '이 리모컨의 코드가 바뀌었습니다. 발표자 화면의 새 QR 코드를 스캔하세요.',
    'too-many-clients': '연결할 수 있는 화면 수가 가득 찼습니다. 다시 시도하는 중…',
    'too-many-attempts': '이 휴대폰에서 잘못된 코드가 너무 많았습니다. 발표자 화면의 QR 코드를 다시 스캔하세요.',
    flooding: '한꺼번에 너무 많이 눌렀습니다. 다시 연결하는 중…',
    'bad-message': '쇼가 이 리모컨의 요청을 이해하지 못했습니다. 다시 연결하는 중…',
    'no-hello': '다시 연결하는 중…',
    'server-closing': '쇼가 종료되는 중입니다.',
  },
  watchOnly: '이 코드로는 쇼를 보기만 할 수 있습니다. 발표자 화면에서 휴대폰 리모컨용 QR 코드를 스캔하세요.',
  awake: '리모컨이 열려 있는 동안 휴대폰 화면이 꺼지지 않습니다.',
  maySleep: '이 브라우저는 여기서 휴대폰 화면을 켜 둘 수 없습니다 (http:// 주소에서는 항상 그렇습니다). 화면 자동 꺼짐 시간을 늘리거나 가끔 화면을 눌러 주세요. 휴대폰이 다시 켜지면 리모컨이 스스로 다시 연결됩니다.',
  otherLanguage: 'English',
  replaceReaders: '함께 읽기 코드 바꾸기',
  replaceReadersConfirm: '함께 읽기 코드를 바꿀까요? 함께 읽는 모든 휴대폰의 연결이 끊깁니다 (화면은 그대로입니다). 화면에는 새 QR 코드가 나옵니다.',
};

export const REMOTE_LABELS: Readonly<Record<RemoteLanguage, RemoteLabels>> = { en: EN, ko: KO };
