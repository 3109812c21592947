import { useLayoutEffect, useRef, type RefObject } from 'react';
import { largestSizePx } from '../../common/layout/type-scale';
import { fitTextToBox } from './fit-text';

/**
 * Fits the text of a slide to its safe area before the slide is painted, and again
 * whenever the area changes size (window resized, display changed, rotated).
 * Returns the refs to put on the safe area and on the text.
 */
export function useFit(content: unknown): { boxRef: RefObject<HTMLDivElement | null>; textRef: RefObject<HTMLDivElement | null> } {
  const boxRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = boxRef.current;
    const text = textRef.current;
    if (box === null || text === null) return undefined;
    let lastSize = '';
    const fit = (): void => {
      const screen = { width: window.innerWidth, height: window.innerHeight };
      const size = `${screen.width}x${screen.height}:${box.clientWidth}x${box.clientHeight}`;
      if (size === lastSize) return;
      lastSize = size;
      const fontSize = fitTextToBox(text, box, largestSizePx(screen));
      text.dataset.fontSize = String(fontSize);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [content]);
  return { boxRef, textRef };
}
