/**
 * Where an element's bottom edge is in the document, which a window virtualiser needs as
 * its scroll margin to place rows that begin under it (a table's header row). Measured
 * before the first paint, so rows are not drawn for a guessed place and then again, and
 * again whenever anything above it changes height, which resizes the body too.
 * Undefined until measured: draw no rows yet.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

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
