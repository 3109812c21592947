import type { UiLanguage } from '../../common/settings/presenter-settings';

/** The words of the announcements' controls (presenter view and phone remote), in each language; the announcements' own words are never here. */
export interface AnnouncementLabels {
  readonly heading: string;
  readonly noneWritten: string;
  readonly keyHint: string;
  readonly timePassed: (time: string) => string;
  readonly typedHeading: string;
  readonly english: string;
  readonly korean: string;
  readonly putUp: string;
  readonly upNow: string;
  readonly typed: string;
  readonly timeLeft: (time: string) => string;
  readonly behindBlack: string;
  readonly takeDown: string;
}

export const ANNOUNCEMENT_LABELS: Readonly<Record<UiLanguage, AnnouncementLabels>> = {
  en: {
    heading: 'Announcements',
    noneWritten: 'None written yet: write them in announcements.yaml in the content folder.',
    keyHint: 'Keys 1 to 9 put up the first nine; 0 takes it down.',
    timePassed: (time) => `Its time (${time}) has passed today: it cannot be put up.`,
    typedHeading: 'A message of your own',
    english: 'English',
    korean: 'Korean',
    putUp: 'Put up on every screen',
    upNow: 'On every screen now:',
    typed: 'your message',
    timeLeft: (time) => `${time} left`,
    behindBlack: 'behind the black screen',
    takeDown: 'Take it down',
  },
  ko: {
    heading: '공지',
    noneWritten: '아직 작성된 공지가 없습니다. 콘텐츠 폴더의 announcements.yaml에 쓰세요.',
    keyHint: '숫자 키 1–9로 처음 아홉 개를 띄우고, 0으로 내립니다.',
    timePassed: (time) => `오늘 ${time}이(가) 이미 지나서 띄울 수 없습니다.`,
    typedHeading: '직접 쓰는 공지',
    english: '영어',
    korean: '한국어',
    putUp: '모든 화면에 띄우기',
    upNow: '지금 모든 화면에:',
    typed: '직접 쓴 공지',
    timeLeft: (time) => `${time} 남음`,
    behindBlack: '검은 화면 뒤에 있음',
    takeDown: '내리기',
  },
};

/** A clock time as the file wrote it: `15:30`. */
export const clockTimeText = (time: { readonly hour: number; readonly minute: number }): string => `${time.hour}:${String(time.minute).padStart(2, '0')}`;
