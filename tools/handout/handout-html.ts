import { isStatementPart, type Deck, type Slide } from '../../common/deck/deck';
import { handoutRows, type HandoutRow } from '../../common/handout/handout-rows';
import { webAddress } from '../../common/deck/web-address';
import { handoutFontFaces } from './handout-fonts';
import { handoutStyle } from './handout-style';
import type { Paper } from './paper';

/** Makes a QR code image (a `data:` URL) for an address. */
export type QrImage = (address: string) => string;

/**
 * The handout as one self-contained HTML page for Chromium to print: the statement in
 * rows of paragraphs, the languages side by side in the show's order, the sign-off with
 * its signatory, and the organizations (name, link, and a QR code for a web address)
 * where the list is filled; with `readAlongUrl`, first, the read-along page's QR code, so
 * whoever holds the sheet can follow the statement on their phone. Fonts and codes are
 * inside the page; nothing is fetched. A read-along slide is no part of the statement,
 * and is not printed.
 *
 * @param source the content folder's `source/statement.txt`, which tells the paragraphs apart
 */
export function handoutHtml(deck: Deck, source: string | undefined, paper: Paper, qrImage: QrImage, readAlongUrl?: string): string {
  const rows = handoutRows(deck.slides.filter(isStatementPart), deck.languages, source);
  return `<!doctype html>
<html lang="${deck.languages[0] ?? 'en'}">
<head>
<meta charset="utf-8">
<title>Yeondae · 연대</title>
<style>
${handoutFontFaces()}
${handoutStyle(paper)}
</style>
</head>
<body>
${readAlongUrl === undefined ? '' : readAlongHtml(readAlongUrl, qrImage)}
${rows.map((row) => rowHtml(row, deck, qrImage)).join('\n')}
</body>
</html>
`;
}

function rowHtml(row: HandoutRow, deck: Deck, qrImage: QrImage): string {
  const signatories = row.slides.flatMap((slide) => (slide.signatory === undefined ? [] : [slide.signatory]));
  const columns = deck.languages.map((lang) => {
    const paragraphs = row.paragraphs[lang] ?? [];
    const signed = paragraphs.length > 0 ? signatories.map((name) => `<p class="signatory">${escapeHtml(name)}</p>`) : [];
    return `<div class="column" lang="${lang}">${[...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`), ...signed].join('')}</div>`;
  });
  const organizations = row.slides.flatMap((slide) => organizationItems(slide, qrImage));
  const list = organizations.length === 0 ? '' : `\n<ul class="organizations">${organizations.join('')}</ul>`;
  return `<section class="row">${columns.join('')}</section>${list}`;
}

function organizationItems(slide: Slide, qrImage: QrImage): string[] {
  return (slide.organizations ?? []).map((organization) => {
    const address = organization.link === undefined ? undefined : webAddress(organization.link);
    const code = address === undefined ? '' : `<img class="code" src="${qrImage(address)}" alt="">`;
    const link = organization.link === undefined ? '' : `<span class="link">${escapeHtml(organization.link)}</span>`;
    return `<li class="organization">${code}<span class="name">${escapeHtml(organization.name)}</span>${link}</li>`;
  });
}

/** The read-along page's code and address, in the app's own words in both languages (the statement's words are the organizers'). */
function readAlongHtml(address: string, qrImage: QrImage): string {
  return `<aside class="read-along"><img class="code" src="${qrImage(address)}" alt=""><div>
<p class="read-along-title"><span lang="en">Read along</span> · <span lang="ko">함께 읽기</span></p>
<p lang="en">Scan with a phone’s camera to read the statement on it, in English or Korean, with the part on screen marked.</p>
<p lang="ko">휴대폰 카메라로 스캔하면 성명서를 영어나 한국어로 휴대폰에서 읽을 수 있고, 지금 화면에 나오는 부분이 표시됩니다.</p>
<p class="read-along-address">${escapeHtml(address)}</p></div></aside>`;
}

/** Text as HTML, safe in content and in quoted attributes. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.codePointAt(0)};`);
}
