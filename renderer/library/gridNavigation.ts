/**
 * Arrow-key movement through the cards of a wrapping grid, like a file manager: left and right
 * step through the list, up and down jump a row, Home and End go to the ends. The number of
 * columns is measured from the layout, because it changes with the window width.
 */
export function nextCardIndex(current: number, key: string, count: number, columns: number): number | null {
  if (count === 0) return null;
  const cols = Math.max(1, columns);
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(current + 1);
    case 'ArrowLeft':
      return clamp(current - 1);
    case 'ArrowDown':
      return current + cols < count ? current + cols : current;
    case 'ArrowUp':
      return current - cols >= 0 ? current - cols : current;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** How many cards sit in the first row of a list element's children. */
export function measureColumns(list: HTMLElement): number {
  const items = Array.from(list.children) as HTMLElement[];
  const top = items[0]?.offsetTop;
  let columns = 0;
  for (const item of items) {
    if (item.offsetTop !== top) break;
    columns++;
  }
  return Math.max(1, columns);
}
