import { dateTimeFormat } from '@govtech-network/sdk/intl';

/**
 * When a page's widgets render their first frame: not in the task that evaluated their code, and after a
 * task of its own in which the page's first date formatter is built. That first `Intl.DateTimeFormat`
 * loads ICU's date formatting (15–50 ms of a phone's main thread) whichever widget asks first; evaluating
 * the code, building the formatter and rendering the skeletons in one task made the longest task of a page
 * with our widgets (300–450 ms on Lighthouse's mobile profile, which counts the time over 50 ms of each
 * task as blocking).
 *
 * Then the widgets that start in the visible part of the page, or above it, render together (rendering
 * them apart would move what the visitor sees between paints), and each widget further down renders in a
 * task of its own, in document order: a page of eight widgets rendered in one task made that task, and the
 * layout after it, the page's longest again. A widget below the visible part moves only what is below it,
 * which nobody sees yet. Widgets created after the first frames render at once.
 */
let turnAsked = false;
let turnCame = false;
let dateLocale: string | undefined;
/** The widgets waiting for their first frame, in the order they asked (their document order). */
const waiting: { host: Element; render: () => void }[] = [];

/**
 * What a widget's first frame waits for: a promise until its turn comes, then nothing (a widget added
 * later renders as Lit would, in the task that added it). `locale`: the widget will format dates in it.
 */
export function firstRenderTurn(host: Element, locale?: string): Promise<void> | undefined {
  if (turnCame) return undefined;
  dateLocale ??= locale;
  if (!turnAsked) {
    turnAsked = true;
    setTimeout(() => {
      if (dateLocale) dateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      setTimeout(() => {
        turnCame = true;
        renderInTurn();
      });
    });
  }
  return new Promise((render) => waiting.push({ host, render }));
}

/** The visible widgets (and those above them) now, together; each one below, a task later than the last. */
function renderInTurn(): void {
  // Every position is read before any widget renders: one layout, not one per widget.
  const fold = globalThis.innerHeight ?? 0;
  const below = waiting.map(({ host }) => host.getBoundingClientRect().top >= fold);
  const later = waiting.filter((_, index) => below[index]);
  for (const [index, widget] of waiting.entries()) if (!below[index]) widget.render();
  waiting.length = 0;
  const next = () => {
    later.shift()?.render();
    if (later.length) setTimeout(next);
  };
  if (later.length) setTimeout(next);
}
