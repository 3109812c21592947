import { useLayoutEffect, useRef, type RefObject } from 'react';
import { largestSizePx } from '../../common/layout/type-scale';
import { fitTextToBox } from './fit-text';

/**
 * Fits a slide's text to its safe area before the slide is painted, and again whenever
 * the slide changes size (window resized, display changed, rotated). The largest size is
 * taken from the slide's own box, so a slide fits a presenter's preview as it fits a
 * projector. Re-runs when any of `content` changes. Returns the refs for the area and the text.
 */
export function useFit(...content: readonly unknown[]): { boxRef: RefObject<HTMLDivElement | null>; textRef: RefObject<HTMLDivElement | null> } {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const text = textRef.current;
    const slide = box?.parentElement;
    if (!box || !text || !slide) return undefined;
    let lastSize = '';
    const fit = (): void => {
      const screen = { width: slide.clientWidth, height: slide.clientHeight };
      const size = `${screen.width}x${screen.height}:${box.clientWidth}x${box.clientHeight}`;
      if (size === lastSize || screen.width === 0) return;
      lastSize = size;
      text.dataset.fontSize = String(fitTextToBox(text, box, largestSizePx(screen)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, content);
  return { boxRef, textRef };
}
