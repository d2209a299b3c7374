/**
 * Say something to screen-reader users through the page's one polite live region (in App).
 * One region for the page, not one per card: a card that is hidden or moved takes its own
 * region with it before the message is read.
 */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (region === null) return;
  // The same words twice in a row (two moves up) must be read twice: clear, then set.
  region.textContent = '';
  window.setTimeout(() => { region.textContent = message; }, 30);
}
