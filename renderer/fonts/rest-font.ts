import { SLIDE_FONT } from '../../common/layout/slide-font';
import { PRETENDARD_REST_RANGE } from './pretendard-rest-range';
import restFontUrl from './pretendard-rest.woff2?url';

/**
 * The characters of Pretendard its unicode-range slices (fonts.css) leave out, such as ã,
 * ó and ö, as one more face of the same family, cut by tools/make-rest-font.ts: without
 * it, text with them would fall back to a system font. Fetched only when a text on
 * screen has one of them.
 */
document.fonts.add(
  new FontFace(SLIDE_FONT.fullFamily, `url("${new URL(restFontUrl, document.baseURI).href}") format("woff2")`, {
    weight: '45 920',
    unicodeRange: PRETENDARD_REST_RANGE,
    display: 'swap',
  }),
);
