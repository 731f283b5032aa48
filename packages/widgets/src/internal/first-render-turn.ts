import { dateTimeFormat } from '@govtech-network/sdk/intl';

/**
 * When a page's widgets render their first frame: all together (rendering them apart shifted the page
 * between paints), but not in the task that evaluated their code, and after a task of its own in which
 * the page's first date formatter is built. That first `Intl.DateTimeFormat` loads ICU's date formatting
 * (15–50 ms of a phone's main thread) whichever widget asks first; evaluating the code, building the
 * formatter and rendering the skeletons in one task made the longest task of a page with our widgets
 * (300–450 ms on Lighthouse's mobile profile, which counts the time over 50 ms of each task as blocking).
 * Widgets created after the first frame render at once.
 */
let turn: Promise<void> | undefined;
let turnCame = false;
let dateLocale: string | undefined;

/**
 * What a widget's first frame waits for: a promise until the page's turn comes, then nothing (a widget
 * added later renders as Lit would, in the task that added it). `locale`: the widget will format dates in it.
 */
export function firstRenderTurn(locale?: string): Promise<void> | undefined {
  if (turnCame) return undefined;
  dateLocale ??= locale;
  turn ??= new Promise((resolve) => {
    setTimeout(() => {
      if (dateLocale) dateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      setTimeout(() => {
        turnCame = true;
        resolve();
      });
    });
  });
  return turn;
}
