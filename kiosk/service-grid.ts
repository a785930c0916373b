// How many columns the service buttons get: chosen from the number of services and the size of
// the area they share, so any count the admin configures fills the screen without scrolling.
// A button lays out as icon | name and queue | letter, so it reads best when wide and not too
// tall: the shape with the largest min(width / WIDE, height) wins, among those whose rows stay
// touchable; a column more must win clearly, as it leaves holes and narrower names. Pure, so the
// kiosk can call it on every resize.

/** Width per unit of height a button needs for its name on one or two lines at full size. */
const WIDE = 4.5;
/** A row lower than this is no longer a comfortable touch target (theme --g-touch is 64). */
export const MIN_ROW_PX = 72;
const MAX_COLUMNS = 6;
/** How much better a shape with more columns must score to be taken. */
const MORE_COLUMNS_GAIN = 1.1;

export interface GridShape {
  columns: number;
  rows: number;
}

export function serviceGridShape(count: number, width: number, height: number, gap: number): GridShape {
  const n = Math.max(1, Math.floor(count));
  if (!(width > 0 && height > 0)) return { columns: 1, rows: n }; // not laid out yet
  let best: (GridShape & { score: number; rowPx: number }) | null = null;
  for (let columns = 1; columns <= Math.min(n, MAX_COLUMNS); columns++) {
    const rows = Math.ceil(n / columns);
    // A column more that leaves the same rows only makes every button narrower.
    if (columns > 1 && Math.ceil(n / (columns - 1)) === rows) continue;
    const w = (width - (columns - 1) * gap) / columns;
    const rowPx = (height - (rows - 1) * gap) / rows;
    const score = Math.min(w / WIDE, rowPx);
    const candidate = { columns, rows, score, rowPx };
    if (!best) best = candidate;
    else if (rowPx >= MIN_ROW_PX && (best.rowPx < MIN_ROW_PX || score > best.score * MORE_COLUMNS_GAIN)) best = candidate;
    else if (best.rowPx < MIN_ROW_PX && rowPx > best.rowPx) best = candidate;
  }
  return { columns: best!.columns, rows: best!.rows };
}
