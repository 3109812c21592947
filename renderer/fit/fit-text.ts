/** The smallest size the fit will ever set, whatever the screen: never an invisible slide. */
const ABSOLUTE_MINIMUM_PX = 6;

/**
 * Gives `text` the largest font size at which it fits inside `box` without overflow,
 * by binary search on whole pixels, measuring the element as it renders (same font,
 * same line height, same wrapping), up to `largestPx`. Returns the size set.
 *
 * Long unbroken runs that cannot fit even at the smallest size get the safe wrap
 * (`data-squeezed`, which lets CSS break inside words) rather than being clipped.
 */
export function fitTextToBox(text: HTMLElement, box: HTMLElement, largestPx: number): number {
  text.removeAttribute('data-squeezed');
  const fits = (size: number): boolean => {
    text.style.fontSize = `${size}px`;
    return text.offsetHeight <= box.clientHeight && text.scrollWidth <= text.clientWidth && text.offsetWidth <= box.clientWidth;
  };
  let low = ABSOLUTE_MINIMUM_PX;
  let high = Math.max(low, Math.floor(largestPx));
  if (!fits(low)) {
    text.setAttribute('data-squeezed', '');
    if (!fits(low)) return low;
  }
  if (fits(high)) return high;
  // Invariant: `low` fits and `high` does not.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  fits(low);
  return low;
}
