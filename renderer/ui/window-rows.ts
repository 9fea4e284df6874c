/** What windowing a table's rows with @tanstack/react-virtual needs beyond the library. */
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Where an element's bottom edge is in the document, which a window virtualiser needs as
 * its scroll margin to place rows that begin under it (a table's header row). Measured
 * before the first paint, so rows are not drawn for a guessed place and then again, and
 * again whenever anything above it changes height, which resizes the body too.
 * Undefined until measured: draw no rows yet.
 */
export function useDocumentBottom(element: RefObject<HTMLElement | null>): number | undefined {
  const [bottom, setBottom] = useState<number>();
  useLayoutEffect(() => {
    const current = element.current;
    if (!current) return;
    const measure = () => setBottom(Math.round(current.getBoundingClientRect().bottom + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return bottom;
}

/**
 * A virtualiser's `measureElement` that never forces a layout: a row's size comes from the
 * ResizeObserver's report after the frame's own layout; until then its last size or the
 * estimate. The library's default reads `offsetHeight` as each row is attached, in the
 * commit, which lays the whole page out synchronously (110 ms of the overview's opening).
 */
export function measureWithoutLayout<E extends Element>(
  element: E,
  entry: ResizeObserverEntry | undefined,
  instance: { options: { estimateSize: (index: number) => number }; indexFromElement: (el: E) => number },
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  return instance.options.estimateSize(instance.indexFromElement(element));
}

/**
 * A scroll box virtualiser's `observeElementRect` that never forces a layout: the box's
 * size comes from the ResizeObserver's report after the frame's own layout, and until
 * then from the `initialRect` given. The library's default reads clientWidth/Height as it
 * starts, in the commit, which laid the whole overview out synchronously (64 ms of an
 * opening). The border box is a little larger than the client area the default reads
 * (scrollbar, borders): a row more may be drawn, never one too few.
 */
export function observeRectWithoutLayout(
  instance: { scrollElement: Element | null },
  report: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize?.[0];
    if (box) report({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}
