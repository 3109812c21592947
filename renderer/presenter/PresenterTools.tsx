import type { UiLanguage } from '../../common/settings/presenter-settings';
import type { PresenterLabels } from './presenter-labels';

interface PresenterToolsProps {
  readonly labels: PresenterLabels;
  readonly language: UiLanguage;
  readonly openOverview: () => void;
  readonly openHelp: () => void;
  readonly switchLanguage: (language: UiLanguage) => void;
}

/** The presenter's own tools, which never touch the audience screen: the slide overview, the key help and the view's language. */
export function PresenterTools({ labels, language, openOverview, openHelp, switchLanguage }: PresenterToolsProps) {
  const other: UiLanguage = language === 'en' ? 'ko' : 'en';
  return (
    <div className="presenter-tools">
      <button type="button" className="presenter-tool" aria-haspopup="dialog" onClick={openOverview}>
        {labels.overview}
      </button>
      <button type="button" className="presenter-tool" aria-haspopup="dialog" onClick={openHelp}>
        {labels.keys}
      </button>
      {/* Named in the language it switches to, and marked so, so a screen reader says it right. */}
      <button type="button" className="presenter-tool" lang={other} data-testid="ui-language" onClick={() => switchLanguage(other)}>
        {labels.switchLanguage}
      </button>
    </div>
  );
}
