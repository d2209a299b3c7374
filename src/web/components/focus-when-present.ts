let pending = 0;

/**
 * Move focus to an element as soon as it is in the page. After an action the control to land
 * on often does not exist yet: React has not rendered, a lazily loaded page is still arriving, or
 * the deferred bullets have not caught up. Without this, focus falls to <body> and a keyboard
 * user starts again from the top. A newer request replaces an older one; gives up after
 * `timeoutMs` (then focus stays where it is, which is never worse than <body>).
 */
export function focusWhenPresent(find: string | (() => HTMLElement | null | undefined), timeoutMs = 4000, otherwise?: () => HTMLElement | null): void {
  const ticket = ++pending;
  const started = performance.now();
  const locate = typeof find === 'string' ? () => document.querySelector<HTMLElement>(find) : find;
  const attempt = () => {
    if (ticket !== pending) return;
    const element = locate();
    if (element && element.isConnected && !element.hasAttribute('disabled')) {
      element.focus();
      if (document.activeElement === element) return;
    }
    if (performance.now() - started < timeoutMs) requestAnimationFrame(attempt);
    else otherwise?.()?.focus();
  };
  requestAnimationFrame(attempt);
}

/** The page's heading, where a keyboard or screen-reader user starts reading a page. */
export const focusPageHeading = () => focusWhenPresent('main h1');

/** An attribute value safe inside a CSS selector's quotes. */
export const cssString = (value: string) => value.replace(/["\\]/g, '\\$&');
