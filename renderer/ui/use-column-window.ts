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

/** `scroller` holds the table; its first header cell (the sticky label column) comes before the windowed columns. */
export function useColumnWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  columnPx: number,
): ColumnWindow {
  const [view, setView] = useState({ left: 0, width: 1400, lead: 0 });
  // The scroll box is only there once there are columns.
  const hasColumns = count > 0;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const lead = el.querySelector<HTMLElement>('thead th:first-child')?.offsetWidth ?? 0;
      setView((was) =>
        was.left === el.scrollLeft && was.width === el.clientWidth && was.lead === lead
          ? was
          : { left: el.scrollLeft, width: el.clientWidth, lead },
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
  }, [scroller, hasColumns]);
  const from = Math.max(0, view.left - view.lead - OVERSCAN_PX);
  const to = view.left - view.lead + view.width + OVERSCAN_PX;
  const first = Math.min(count, Math.floor(from / columnPx));
  const last = Math.min(count, Math.max(first, Math.ceil(to / columnPx)));
  return { first, last, before: first * columnPx, after: (count - last) * columnPx };
}
