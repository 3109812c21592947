import type { UiLanguage } from '../../common/settings/presenter-settings';

/** The presenter view's words about the editor page and what is still to fill in. */
export interface EditorLinkLabels {
  readonly editWords: string;
  readonly openInBrowser: string;
  readonly needsServer: string;
  readonly toDo: string;
  readonly organizationsToDo: string;
  readonly addOrganizations: string;
}

export const EDITOR_LINK_LABELS: Readonly<Record<UiLanguage, EditorLinkLabels>> = {
  en: {
    editWords: 'Edit the words',
    openInBrowser: 'Edit the words in a browser on this computer:',
    needsServer: 'To edit the words in a page, start Yeondae with --network local (this computer only), or run npm run serve.',
    toDo: 'To do',
    organizationsToDo: 'The list of organizations is still empty; their slide appears once you add them.',
    addOrganizations: 'Add the organizations',
  },
  ko: {
    editWords: '글 편집하기',
    openInBrowser: '이 컴퓨터의 브라우저에서 글을 편집하세요:',
    needsServer: '페이지에서 글을 편집하려면 Yeondae를 --network local(이 컴퓨터만)로 시작하거나 npm run serve를 실행하세요.',
    toDo: '할 일',
    organizationsToDo: '단체 목록이 아직 비어 있습니다. 단체를 추가하면 그 슬라이드가 나타납니다.',
    addOrganizations: '단체 추가하기',
  },
};
