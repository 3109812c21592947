import { AnnouncementAlert } from '../show/overlay/AnnouncementAlert';
import { ReadAnnouncement } from './ReadAnnouncement';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Deck, Organization, Slide } from '../../common/deck/deck';
import { webAddress } from '../../common/deck/web-address';
import type { ReadAlongConnection, ReadAlongSnapshot } from '../connection/read-along-connection';
import { READ_LABELS, type ReadLabels } from './read-labels';
import { firstChoice, labelLanguage, languagesToRead, READING_CHOICES, type ReadingChoice } from './reading-choice';
import { useFollow } from './use-follow';
import { useTextSize } from './use-text-size';

/** The switch's words for each choice, each in its own language (a reader who cannot read the other still finds theirs). */
const CHOICE_NAMES: Readonly<Record<ReadingChoice, readonly { readonly lang: 'en' | 'ko'; readonly text: string }[]>> = {
  en: [{ lang: 'en', text: 'English' }],
  ko: [{ lang: 'ko', text: '한국어' }],
  both: [
    { lang: 'en', text: 'English' },
    { lang: 'ko', text: ' + 한국어' },
  ],
};

/** What the page says of its link, when there is something to say. */
function linkNote(snapshot: ReadAlongSnapshot, labels: ReadLabels): string | undefined {
  const { link } = snapshot;
  if (link.kind === 'refused') return labels.refused[link.reason];
  if (link.kind === 'offline') return labels.offline;
  if (link.kind === 'connecting' && snapshot.deck === undefined) return labels.connecting;
  return undefined;
}

/** An organization as on its slide: the name as written, and its link, tappable where it is a web address (a handle stays text). */
function OrganizationItem({ organization }: { readonly organization: Organization }) {
  const address = organization.link === undefined ? undefined : webAddress(organization.link);
  return (
    <li>
      <span className="read-organization-name">{organization.name}</span>
      {organization.link !== undefined &&
        (address === undefined ? (
          <span className="read-organization-link">{organization.link}</span>
        ) : (
          <a className="read-organization-link" href={address} target="_blank" rel="noopener noreferrer">
            {organization.link}
          </a>
        ))}
    </li>
  );
}

/** One part of the statement, in the languages read, each marked with its own. */
function Part({ slide, choice, deck, current, partRef }: { readonly slide: Slide; readonly choice: ReadingChoice; readonly deck: Deck; readonly current: boolean; readonly partRef?: React.Ref<HTMLElement> }) {
  const langs = languagesToRead(slide, choice, deck.languages);
  return (
    <section className="read-part" data-slide-id={slide.id} data-current={current} aria-current={current ? 'true' : undefined} ref={partRef}>
      <div className="read-texts" data-columns={langs.length}>
        {langs.map((lang) => (
          <p key={lang} className="read-text" lang={lang}>
            {slide.text[lang]}
          </p>
        ))}
      </div>
      {slide.signatory !== undefined && <p className="read-signatory">{slide.signatory}</p>}
      {slide.organizations !== undefined && slide.organizations.length > 0 && (
        <ul className="read-organizations">
          {slide.organizations.map((organization, index) => (
            <OrganizationItem key={`${index}:${organization.name}`} organization={organization} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The read-along page: the whole statement on the reader's phone, in English, Korean or
 * both, the part on the audience screens marked and kept in view while the reader
 * follows, a "back to now" once they scroll away. Text size is theirs (kept on the phone
 * alone), colours follow the phone. It keeps the statement through any loss of the
 * network, and says so. The read-along slides themselves (the QR code to this page) are
 * left out: the reader is here already.
 */
export function ReadAlongView({ connection }: { readonly connection: ReadAlongConnection }) {
  const snapshot = useSyncExternalStore(connection.subscribe, connection.getSnapshot);
  const [choice, setChoice] = useState<ReadingChoice>(() => firstChoice(navigator.languages));
  const language = labelLanguage(choice, navigator.languages);
  const labels = READ_LABELS[language];
  const text = useTextSize();
  const currentRef = useRef<HTMLElement>(null);
  const { deck, slide: currentIndex } = snapshot;
  const current = currentIndex === undefined || deck?.slides[currentIndex]?.kind === 'read-along' ? undefined : currentIndex;
  const { following, backToNow } = useFollow(currentRef, current, `${choice} ${text.sizePx}`);
  const note = linkNote(snapshot, labels);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${labels.title} · Yeondae 연대`;
  }, [language, labels.title]);

  return (
    <main className="read" lang={language} data-ready={deck !== undefined} data-link={snapshot.link.kind} data-following={following} style={{ '--read-size': `${text.sizePx}px` } as React.CSSProperties}>
      <header className="read-bar">
        <h1 className="read-title">{labels.title}</h1>
        <div role="group" aria-label={labels.textSize} className="read-sizes">
          {/* "A−" and "A+" are for the eye; a screen reader says "Smaller text" / "글자 작게". */}
          <button type="button" disabled={text.smaller === undefined} onClick={text.smaller} data-testid="text-smaller">
            <span aria-hidden="true">A−</span>
            <span className="visually-hidden">{labels.smaller}</span>
          </button>
          <button type="button" disabled={text.larger === undefined} onClick={text.larger} data-testid="text-larger">
            <span aria-hidden="true">A+</span>
            <span className="visually-hidden">{labels.larger}</span>
          </button>
        </div>
        <div role="group" aria-label={labels.language} className="read-choices">
          {READING_CHOICES.map((option) => (
            <button key={option} type="button" aria-pressed={choice === option} onClick={() => setChoice(option)} data-choice={option}>
              {CHOICE_NAMES[option].map((name) => (
                <span key={name.lang} lang={name.lang}>
                  {name.text}
                </span>
              ))}
            </button>
          ))}
        </div>
        <p className="read-note" role="status" data-testid="read-note">
          {note}
        </p>
      </header>
      {snapshot.announcement !== undefined && <ReadAnnouncement announcement={snapshot.announcement} now={connection.now} choice={choice} order={deck?.languages ?? ['en', 'ko']} />}
      <AnnouncementAlert announcement={snapshot.announcement} now={connection.now} order={deck?.languages ?? []} />
      {deck === undefined ? (
        <p className="read-loading">{labels.loading}</p>
      ) : (
        <article className="read-statement" data-choice={choice}>
          {deck.slides.map((slide, index) =>
            slide.kind === 'read-along' ? null : <Part key={slide.id} slide={slide} choice={choice} deck={deck} current={index === current} {...(index === current ? { partRef: currentRef } : {})} />,
          )}
        </article>
      )}
      {!following && current !== undefined && (
        <button type="button" className="read-back" onClick={backToNow}>
          {labels.backToNow}
        </button>
      )}
      <footer className="read-footer">
        <p>{labels.privacy}</p>
      </footer>
    </main>
  );
}
