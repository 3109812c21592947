import { READ_ALONG_PANEL_LABELS, type ReadAlongPanelLabels } from './read-along-labels';
import type { UiLanguage } from '../../common/settings/presenter-settings';
import type { AlternationMode } from '../../common/settings/show-settings';
import type { LoopState } from '../../common/show/show-state';

/** Every word of the presenter view, in each language; the statement's own text is never here. */
export interface PresenterLabels {
  readonly title: string;
  readonly switchLanguage: string;
  readonly position: string;
  readonly clock: string;
  readonly elapsed: string;
  readonly restartTimer: string;
  readonly loop: Readonly<Record<LoopState, string>>;
  readonly leftOnSlide: (time: string) => string;
  readonly leftInRound: (time: string) => string;
  readonly resumesIn: (time: string) => string;
  readonly mode: string;
  readonly modes: Readonly<Record<AlternationMode, string>>;
  readonly screenBlack: string;
  readonly screenOn: string;
  readonly controls: string;
  readonly first: string;
  readonly previous: string;
  readonly next: string;
  readonly last: string;
  readonly black: string;
  readonly autoLoop: string;
  readonly modeGroup: string;
  readonly overview: string;
  readonly keys: string;
  readonly now: string;
  readonly nowBlack: string;
  readonly upNext: string;
  readonly upNextFromStart: string;
  readonly end: string;
  readonly problems: string;
  readonly problemsHeading: string;
  readonly overviewTitle: string;
  readonly filter: string;
  readonly filterHint: string;
  readonly noMatch: string;
  readonly slidesFound: (count: number) => string;
  readonly onScreen: string;
  readonly close: string;
  readonly keysTitle: string;
  readonly keyColumn: string;
  readonly doesColumn: string;
  readonly network: NetworkLabels;
}

/** The words of the network panel: where other screens and phones open the show. */
export interface NetworkLabels {
  readonly region: string;
  readonly offline: string;
  readonly connecting: string;
  readonly qrAlt: string;
  readonly qrCaption: string;
  readonly openNotice: string;
  readonly audienceScreens: string;
  readonly phoneRemote: string;
  readonly presenterView: string;
  readonly replaceScreens: string;
  readonly replaceRemote: string;
  readonly localOnly: (address: string) => string;
  readonly notServed: string;
  readonly readAlong: ReadAlongPanelLabels;
  /** The heading of the list of this computer's addresses, the one in use checked. */
  readonly addressChoice: string;
  /** Said beside an address that only a VPN's own devices reach. */
  readonly vpnAddress: string;
  /** Said when no address is one a phone in the room is likely to reach. */
  readonly unreachable: string;
}

const EN: PresenterLabels = {
  title: 'Yeondae: presenter view',
  switchLanguage: '한국어',
  position: 'Slide',
  clock: 'Time',
  elapsed: 'Elapsed',
  restartTimer: 'Restart timer',
  loop: { off: 'Auto-loop off', running: 'Auto-loop on', paused: 'Auto-loop paused' },
  leftOnSlide: (time) => `${time} left on this slide`,
  leftInRound: (time) => `${time} to the end of the round`,
  resumesIn: (time) => `resumes in ${time}`,
  mode: 'Mode',
  modes: { sequence: 'sequence', 'in-place': 'in-place', stacked: 'stacked', single: 'single' },
  screenBlack: 'Screen is BLACK',
  screenOn: 'Screen on',
  controls: 'Show controls',
  first: '|◀ First',
  previous: '◀ Previous',
  next: 'Next ▶',
  last: 'Last ▶|',
  black: 'Black screen (B)',
  autoLoop: 'Auto-loop (A)',
  modeGroup: 'Alternation mode (M)',
  overview: 'All slides',
  keys: 'Keys (?)',
  now: 'Now',
  nowBlack: 'Now (audience sees black)',
  upNext: 'Next',
  upNextFromStart: 'Next (from the start)',
  end: 'End of the show',
  problems: 'Problems to fix',
  problemsHeading: 'The show is running, but something needs fixing:',
  overviewTitle: 'All slides',
  filter: 'Find a slide',
  filterHint: 'a few letters of an English or Korean word',
  noMatch: 'No slide has these letters.',
  slidesFound: (count) => (count === 1 ? '1 slide' : `${count} slides`),
  onScreen: 'on screen',
  close: 'Close',
  keysTitle: 'Keys',
  keyColumn: 'Key',
  doesColumn: 'Does',
  network: {
    region: 'Other screens',
    offline: 'Lost the connection to the show. Trying again… (the screens keep showing the show meanwhile)',
    connecting: 'Connecting to the show…',
    qrAlt: "QR code of the phone remote's address",
    qrCaption: 'Scan with a phone on this network: it becomes the clicker.',
    openNotice: 'Open to the network. Every address carries a code: anyone who has it can open that page, so share the control addresses with care.',
    audienceScreens: 'Audience screens (watch)',
    phoneRemote: 'Phone remote (control)',
    presenterView: 'Presenter view (control)',
    replaceScreens: "Replace the screens' code",
    replaceRemote: 'Replace the remote code (phones and other presenter views)',
    localOnly: (address) => `Other screens: only this computer can open the show (${address}). To put it on other screens and pair a phone as the remote, start with --network=0.0.0.0.`,
    notServed: 'Other screens and a phone remote: start the show with --network=0.0.0.0 to put it on other screens and pair a phone.',
    readAlong: READ_ALONG_PANEL_LABELS.en,
    addressChoice: 'Address for phones and screens (if a phone cannot connect, try another)',
    vpnAddress: 'VPN: only its own devices reach it',
    unreachable: "This computer is not on a network phones can join: connect to the venue's Wi-Fi or start a hotspot.",
  },
};

const KO: PresenterLabels = {
  title: '연대: 발표자 화면',
  switchLanguage: 'English',
  position: '슬라이드',
  clock: '현재 시각',
  elapsed: '경과 시간',
  restartTimer: '시간 다시 재기',
  loop: { off: '자동 넘김 꺼짐', running: '자동 넘김 켜짐', paused: '자동 넘김 일시 정지' },
  leftOnSlide: (time) => `이 슬라이드 남은 시간 ${time}`,
  leftInRound: (time) => `한 바퀴 끝까지 ${time}`,
  resumesIn: (time) => `${time} 후 다시 시작`,
  mode: '표시 방식',
  modes: { sequence: '언어 차례로', 'in-place': '제자리에서 바꾸기', stacked: '두 언어 함께', single: '첫 언어만' },
  screenBlack: '화면 꺼짐 (검은 화면)',
  screenOn: '화면 켜짐',
  controls: '쇼 조작',
  first: '|◀ 처음',
  previous: '◀ 이전',
  next: '다음 ▶',
  last: '마지막 ▶|',
  black: '화면 끄기 (B)',
  autoLoop: '자동 넘김 (A)',
  modeGroup: '표시 방식 (M)',
  overview: '전체 슬라이드',
  keys: '단축키 (?)',
  now: '지금 화면',
  nowBlack: '지금 화면 (관객에게는 검은 화면)',
  upNext: '다음',
  upNextFromStart: '다음 (처음부터)',
  end: '쇼의 끝',
  problems: '고칠 문제',
  problemsHeading: '쇼는 계속되지만 고쳐야 할 것이 있습니다:',
  overviewTitle: '전체 슬라이드',
  filter: '슬라이드 찾기',
  filterHint: '영어나 한국어 단어 몇 글자',
  noMatch: '이 글자가 들어간 슬라이드가 없습니다.',
  slidesFound: (count) => `슬라이드 ${count}개`,
  onScreen: '지금 화면',
  close: '닫기',
  keysTitle: '단축키',
  keyColumn: '키',
  doesColumn: '기능',
  network: {
    region: '다른 화면',
    offline: '쇼와의 연결이 끊겼습니다. 다시 연결하는 중… (그동안 화면에는 쇼가 계속 나옵니다)',
    connecting: '쇼에 연결하는 중…',
    qrAlt: '휴대폰 리모컨 주소의 QR 코드',
    qrCaption: '같은 네트워크의 휴대폰으로 스캔하면 휴대폰이 리모컨이 됩니다.',
    openNotice: '네트워크에 열려 있습니다. 모든 주소에는 코드가 들어 있어 주소를 가진 사람은 누구나 그 페이지를 열 수 있습니다. 조작용 주소는 조심해서 공유하세요.',
    audienceScreens: '관객 화면 (보기만)',
    phoneRemote: '휴대폰 리모컨 (조작)',
    presenterView: '발표자 화면 (조작)',
    replaceScreens: '관객 화면 코드 바꾸기',
    replaceRemote: '리모컨 코드 바꾸기 (휴대폰과 다른 발표자 화면)',
    localOnly: (address) => `다른 화면: 지금은 이 컴퓨터에서만 쇼를 열 수 있습니다 (${address}). 다른 화면에 띄우고 휴대폰을 리모컨으로 쓰려면 --network=0.0.0.0 으로 시작하세요.`,
    notServed: '다른 화면과 휴대폰 리모컨: 다른 화면에 띄우고 휴대폰을 연결하려면 --network=0.0.0.0 으로 쇼를 시작하세요.',
    readAlong: READ_ALONG_PANEL_LABELS.ko,
    addressChoice: '휴대폰과 화면이 쓰는 주소 (휴대폰이 연결되지 않으면 다른 주소를 고르세요)',
    vpnAddress: 'VPN: VPN에 연결된 기기만 접속할 수 있음',
    unreachable: '이 컴퓨터는 휴대폰이 접속할 수 있는 네트워크에 있지 않습니다: 행사장 와이파이에 연결하거나 핫스팟을 켜세요.',
  },
};

/** The presenter view's words by language; `useUiLanguage` picks which. */
export const PRESENTER_LABELS: Readonly<Record<UiLanguage, PresenterLabels>> = { en: EN, ko: KO };
