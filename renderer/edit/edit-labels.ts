import type { SlideKind } from '../../common/deck/deck';
import type { SaveRefusal } from '../../common/edit/edit-protocol';
import type { UiLanguage } from '../../common/settings/presenter-settings';
import type { AlternationMode, ReadAlongBadge } from '../../common/settings/show-settings';
import type { ThemeName } from '../../common/settings/theme-settings';

/** Every word of the editor page, in each language; the statement's own words are never here. */
export interface EditLabels {
  readonly title: string;
  readonly switchLanguage: string;
  readonly folder: (folder: string) => string;
  readonly connecting: string;
  readonly offline: string;
  readonly save: string;
  readonly saving: string;
  readonly saved: string;
  readonly unsaved: string;
  readonly undo: string;
  readonly redo: string;
  readonly undoSave: (count: number) => string;
  readonly changedElsewhere: string;
  readonly reload: string;
  readonly refused: Readonly<Record<SaveRefusal, string>>;
  readonly cannotEdit: string;
  readonly segments: string;
  readonly segmentNumber: (n: number) => string;
  readonly id: string;
  readonly kind: string;
  readonly kinds: Readonly<Record<SlideKind, string>>;
  readonly english: string;
  readonly korean: string;
  readonly split: string;
  readonly splitHint: string;
  readonly mergeNext: string;
  readonly moveUp: string;
  readonly moveDown: string;
  readonly addAfter: string;
  readonly remove: string;
  readonly lastSentenceDown: string;
  readonly firstSentenceUp: string;
  readonly readingTime: (seconds: string) => string;
  readonly round: (time: string) => string;
  readonly duration: (minutes: number, seconds: number) => string;
  readonly errors: (count: number) => string;
  readonly noErrors: string;
  readonly error: string;
  readonly warning: string;
  readonly preview: string;
  readonly previewOf: (n: number) => string;
  readonly organizations: string;
  readonly organizationName: string;
  readonly organizationLink: string;
  readonly addOrganization: string;
  readonly removeOrganization: string;
  readonly signatory: string;
  readonly settings: string;
  readonly mode: string;
  readonly modes: Readonly<Record<AlternationMode, string>>;
  readonly firstLanguage: string;
  readonly readingSpeed: (language: string) => string;
  readonly readAlongBadge: string;
  readonly readAlongBadges: Readonly<Record<ReadAlongBadge, string>>;
  readonly theme: string;
  readonly themes: Readonly<Record<ThemeName, string>>;
  readonly background: string;
  readonly text: string;
  readonly contrast: (ratio: string, enough: boolean) => string;
  readonly fileProblems: string;
  readonly todo: string;
  readonly importTitle: string;
  readonly importHint: string;
  readonly pasteText: (language: string) => string;
  readonly openFile: (language: string) => string;
  readonly propose: string;
  readonly importFailed: string;
  readonly imported: (segments: number, toCheck: number) => string;
  readonly check: string;
  readonly folderName: string;
  readonly saveAsFolder: string;
  readonly replaceShow: string;
  readonly confirmReplace: string;
  readonly savedAsFolder: (folder: string) => string;
  readonly dropImport: string;
}

const EN: EditLabels = {
  title: 'Edit the statement',
  switchLanguage: '한국어',
  folder: (folder) => `Content folder: ${folder}`,
  connecting: 'Connecting to the show…',
  offline: 'Not connected to the show: your changes stay here until it is back.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved: the show has it.',
  unsaved: 'Changes not saved yet',
  undo: 'Undo',
  redo: 'Redo',
  undoSave: (count) => `Undo last save (${count} kept)`,
  changedElsewhere: 'The files were changed elsewhere since this page read them. Reload them to see that version (your changes here are then dropped), or keep editing here: saving is refused until you reload.',
  reload: 'Reload the files',
  refused: {
    'changed-elsewhere': 'Not saved: the files were changed elsewhere. Reload them first.',
    problems: 'Not saved: fix the errors marked below first. Nothing was written.',
    'read-only': 'Not saved: this content cannot be changed.',
    'cannot-write': 'Not saved: the files could not be written.',
    'no-history': 'No earlier save is kept to put back.',
    'folder-exists': 'Not saved: a folder of that name exists already. Choose another name.',
  },
  cannotEdit: 'statement.yaml cannot be shown as a table: fix the problems below in a text editor, or undo the last save.',
  segments: 'Segments',
  segmentNumber: (n) => `Segment ${n}`,
  id: 'Id',
  kind: 'Kind',
  kinds: { statement: 'Statement', signature: 'Signature', organizations: 'Organizations', closing: 'Closing', 'read-along': 'Read-along code' },
  english: 'English',
  korean: 'Korean',
  split: 'Split at the cursor',
  splitHint: 'Click in a text where it should break, then split: what follows the cursor goes to a new segment below.',
  mergeNext: 'Merge with next',
  moveUp: 'Move up',
  moveDown: 'Move down',
  addAfter: 'Add a segment below',
  remove: 'Remove',
  lastSentenceDown: 'Last sentence to the next segment',
  firstSentenceUp: 'First sentence to the previous segment',
  readingTime: (seconds) => `${seconds} s on screen`,
  round: (time) => `One round of the loop: ${time}`,
  duration: (minutes, seconds) => (minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds} s`),
  errors: (count) => (count === 1 ? '1 error to fix before saving' : `${count} errors to fix before saving`),
  noErrors: 'No errors',
  error: 'Error',
  warning: 'Note',
  preview: 'As the audience sees it',
  previewOf: (n) => `Segment ${n}, as the audience sees it`,
  organizations: 'Organizations',
  organizationName: 'Name',
  organizationLink: 'Link',
  addOrganization: 'Add an organization',
  removeOrganization: 'Remove this organization',
  signatory: 'Signed by',
  settings: 'How the show runs',
  mode: 'How the languages take turns',
  modes: { sequence: 'One after the other', 'in-place': 'In place', stacked: 'Stacked', single: 'First language only' },
  firstLanguage: 'First language',
  readingSpeed: (language) => `${language} reading speed (characters a second)`,
  readAlongBadge: 'The read-along code on the audience screens',
  readAlongBadges: { off: 'Not shown', corner: 'In a corner (open to the network only)' },
  theme: 'Colours',
  themes: { black: 'White on black', white: 'Black on white', custom: 'Your own' },
  background: 'Background',
  text: 'Text',
  contrast: (ratio, enough) => (enough ? `Contrast ${ratio}: readable across a room` : `Contrast ${ratio}: too faint (at least 7:1); the show keeps its colours`),
  fileProblems: 'What the show says about the files',
  todo: 'To do',
  importTitle: 'Import a new statement',
  importHint: 'Paste the English and the Korean (or open two text files). The page proposes slide-sized segments side by side, and marks the matches it is unsure of: fix them with the tools of each segment, then save.',
  pasteText: (language) => `The ${language} text`,
  openFile: (language) => `Or open the ${language} text from a file`,
  propose: 'Propose segments',
  importFailed: 'The texts could not be made into segments:',
  imported: (segments, toCheck) => `Imported: ${segments} segments, ${toCheck} marked to check. Nothing is saved yet.`,
  check: 'Check',
  folderName: 'New folder’s name',
  saveAsFolder: 'Save as a new content folder',
  replaceShow: 'Replace the show’s statement',
  confirmReplace: 'Replace the statement the show is running with this one? The current files are kept in history/, and “Undo last save” puts them back.',
  savedAsFolder: (folder) => `Saved as a new content folder: ${folder}. To show it, start Yeondae with --content and that folder.`,
  dropImport: 'Drop the import',
};

const KO: EditLabels = {
  title: '성명서 편집',
  switchLanguage: 'English',
  folder: (folder) => `콘텐츠 폴더: ${folder}`,
  connecting: '쇼에 연결하는 중…',
  offline: '쇼에 연결되어 있지 않습니다. 다시 연결될 때까지 변경 내용은 이 페이지에 남아 있습니다.',
  save: '저장',
  saving: '저장하는 중…',
  saved: '저장했습니다. 쇼에 반영되었습니다.',
  unsaved: '저장하지 않은 변경 내용이 있습니다',
  undo: '실행 취소',
  redo: '다시 실행',
  undoSave: (count) => `마지막 저장 되돌리기 (${count}개 보관)`,
  changedElsewhere: '이 페이지가 파일을 읽은 뒤 다른 곳에서 파일이 바뀌었습니다. 파일을 다시 불러오면 그 버전을 볼 수 있습니다(여기서 바꾼 내용은 사라집니다). 다시 불러오기 전에는 저장할 수 없습니다.',
  reload: '파일 다시 불러오기',
  refused: {
    'changed-elsewhere': '저장하지 않았습니다. 다른 곳에서 파일이 바뀌었습니다. 먼저 다시 불러오세요.',
    problems: '저장하지 않았습니다. 아래에 표시된 오류를 먼저 고치세요. 아무것도 쓰지 않았습니다.',
    'read-only': '저장하지 않았습니다. 이 콘텐츠는 바꿀 수 없습니다.',
    'cannot-write': '저장하지 않았습니다. 파일을 쓸 수 없었습니다.',
    'no-history': '되돌릴 이전 저장본이 없습니다.',
    'folder-exists': '저장하지 않았습니다. 같은 이름의 폴더가 이미 있습니다. 다른 이름을 고르세요.',
  },
  cannotEdit: 'statement.yaml을 표로 보여 줄 수 없습니다. 아래 문제를 텍스트 편집기에서 고치거나 마지막 저장을 되돌리세요.',
  segments: '구간',
  segmentNumber: (n) => `구간 ${n}`,
  id: '아이디',
  kind: '종류',
  kinds: { statement: '성명', signature: '서명', organizations: '단체', closing: '맺음말', 'read-along': '함께 읽기 코드' },
  english: '영어',
  korean: '한국어',
  split: '커서 위치에서 나누기',
  splitHint: '나눌 곳을 글에서 클릭한 뒤 나누기를 누르세요. 커서 뒤의 글이 아래 새 구간으로 갑니다.',
  mergeNext: '다음 구간과 합치기',
  moveUp: '위로',
  moveDown: '아래로',
  addAfter: '아래에 구간 추가',
  remove: '삭제',
  lastSentenceDown: '마지막 문장을 다음 구간으로',
  firstSentenceUp: '첫 문장을 이전 구간으로',
  readingTime: (seconds) => `화면에 ${seconds}초`,
  round: (time) => `반복 한 바퀴: ${time}`,
  duration: (minutes, seconds) => (minutes === 0 ? `${seconds}초` : `${minutes}분 ${seconds}초`),
  errors: (count) => `저장 전에 고칠 오류 ${count}개`,
  noErrors: '오류 없음',
  error: '오류',
  warning: '참고',
  preview: '청중이 보는 화면',
  previewOf: (n) => `구간 ${n}, 청중이 보는 화면`,
  organizations: '단체',
  organizationName: '이름',
  organizationLink: '링크',
  addOrganization: '단체 추가',
  removeOrganization: '이 단체 삭제',
  signatory: '서명',
  settings: '쇼 진행 방식',
  mode: '언어를 번갈아 보여 주는 방식',
  modes: { sequence: '차례로', 'in-place': '제자리에서', stacked: '함께 쌓아서', single: '첫 언어만' },
  firstLanguage: '첫 언어',
  readingSpeed: (language) => `${language} 읽기 속도 (초당 글자 수)`,
  readAlongBadge: '청중 화면의 함께 읽기 코드',
  readAlongBadges: { off: '보이지 않음', corner: '구석에 (네트워크에 열려 있을 때만)' },
  theme: '색',
  themes: { black: '검은 바탕에 흰 글씨', white: '흰 바탕에 검은 글씨', custom: '직접 고르기' },
  background: '바탕',
  text: '글씨',
  contrast: (ratio, enough) => (enough ? `대비 ${ratio}: 멀리서도 읽을 수 있습니다` : `대비 ${ratio}: 너무 흐립니다 (7:1 이상). 쇼는 지금 색을 유지합니다`),
  fileProblems: '파일에 대해 쇼가 알리는 내용',
  todo: '할 일',
  importTitle: '새 성명서 가져오기',
  importHint: '영어와 한국어 글을 붙여 넣으세요(또는 텍스트 파일 두 개를 여세요). 페이지가 슬라이드 크기의 구간을 나란히 제안하고, 확실하지 않은 짝에 표시를 합니다. 각 구간의 도구로 고친 뒤 저장하세요.',
  pasteText: (language) => `${language} 글`,
  openFile: (language) => `또는 ${language} 글을 파일에서 열기`,
  propose: '구간 제안받기',
  importFailed: '글을 구간으로 나눌 수 없었습니다:',
  imported: (segments, toCheck) => `가져왔습니다: 구간 ${segments}개, 확인할 곳 ${toCheck}개. 아직 저장하지 않았습니다.`,
  check: '확인',
  folderName: '새 폴더 이름',
  saveAsFolder: '새 콘텐츠 폴더로 저장',
  replaceShow: '쇼의 성명서 바꾸기',
  confirmReplace: '지금 쇼가 보여 주는 성명서를 이것으로 바꿀까요? 지금 파일은 history/에 보관되며 “마지막 저장 되돌리기”로 되돌릴 수 있습니다.',
  savedAsFolder: (folder) => `새 콘텐츠 폴더로 저장했습니다: ${folder}. 보여 주려면 --content와 그 폴더로 Yeondae를 시작하세요.`,
  dropImport: '가져오기 취소',
};

export const EDIT_LABELS: Readonly<Record<UiLanguage, EditLabels>> = { en: EN, ko: KO };
