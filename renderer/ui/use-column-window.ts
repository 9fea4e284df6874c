/**
 * The columns of a wide table (a matrix of 200 interviews) that are in view in its own
 * scroll box, plus a few either side, so only those cells are in the page: what a
 * study's worth of columns would otherwise cost to build and lay out is paid for a
 * screenful. Columns have one fixed width (the matrix's cells are symbols and counts).
 * Spacer cells of `before` and `after` pixels keep the scroll width and position true.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Pixels of columns drawn beyond each edge of the view, so a quick scroll shows no gap. */
const OVERSCAN_PX = 600;

export interface ColumnWindow {
  first: number;
  /** Exclusive. */
  last: number;
  before: number;
  after: number;
}

interface Range {
  first: number;
  last: number;
}

/** The columns from `overscan` pixels before the view's left edge to as many beyond its right edge. */
function rangeOf(left: number, width: number, lead: number, overscan: number, columnPx: number): Range {
  const from = Math.max(0, left - lead - overscan);
  const to = left - lead + width + overscan;
  const first = Math.floor(from / columnPx);
  return { first, last: Math.max(first, Math.ceil(to / columnPx)) };
}

/**
 * `scroller` holds the table; its first header cell (the sticky label column) comes before
 * the windowed columns. The columns drawn change only when the view comes within half the
 * overscan of their edge: a measurement that finds the view still covered (the first one,
 * or a small scroll) draws nothing again.
 */
export function useColumnWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  columnPx: number,
): ColumnWindow {
  // Before the first measurement: as if the box were as wide as the window and had no
  // label column, which covers whatever it turns out to be (with the half overscan a
  // measurement asks for), so the first paint is complete and not drawn again.
  const [range, setRange] = useState<Range>(() =>
    rangeOf(0, typeof window === 'undefined' ? 1400 : window.innerWidth, 0, OVERSCAN_PX / 2, columnPx),
  );
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const lead = el.querySelector<HTMLElement>('thead th:first-child')?.offsetWidth ?? 0;
      const need = rangeOf(el.scrollLeft, el.clientWidth, lead, OVERSCAN_PX / 2, columnPx);
      const needLast = Math.min(count, need.last);
      setRange((was) =>
        was.first <= need.first && Math.min(count, was.last) >= needLast
          ? was
          : rangeOf(el.scrollLeft, el.clientWidth, lead, OVERSCAN_PX, columnPx),
      );
    };
    el.addEventListener('scroll', measure, { passive: true });
    // Also measures once at the start: an observer reports the size it finds.
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', measure);
      resize.disconnect();
    };
    // Measured again when the columns change: the scroll box comes with the first column.
  }, [scroller, count, columnPx]);
  const first = Math.min(count, range.first);
  const last = Math.min(count, Math.max(first, range.last));
  return { first, last, before: first * columnPx, after: (count - last) * columnPx };
}
