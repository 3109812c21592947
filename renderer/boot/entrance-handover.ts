/** The entrance of the slide the page painted before the app started, handed to the app. */
let handedOver: { readonly key: string; readonly startTime: CSSNumberish } | undefined;

/**
 * Notes that the slide shown as `key` began its entrance (show.css's fade in) at
 * `startTime` on the document's timeline, before the app replaced its element.
 */
export function handOverEntrance(key: string, startTime: CSSNumberish): void {
  handedOver = { key, startTime };
}

/**
 * When the entrance of the slide shown as `key` began, if the page painted it before the
 * app started; once only, so the same slide shown again later fades in afresh.
 */
export function takeHandedOverEntrance(key: string): CSSNumberish | undefined {
  if (handedOver?.key !== key) return undefined;
  const { startTime } = handedOver;
  handedOver = undefined;
  return startTime;
}
