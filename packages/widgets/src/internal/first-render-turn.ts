import { dateTimeFormat } from '@govtech-network/sdk/intl';

/**
 * When a page's widgets render their first frame: not in the task that evaluated their code, and after a
 * task of its own in which the page's first date formatter is built. That first `Intl.DateTimeFormat`
 * loads ICU's date formatting (15–50 ms of a phone's main thread) whichever widget asks first; evaluating
 * the code, building the formatter and rendering the skeletons in one task made the longest task of a page
 * with our widgets (300–450 ms on Lighthouse's mobile profile, which counts the time over 50 ms of each
 * task as blocking).
 *
 * Then the widgets that start in the visible part of the page (or above it) render in that task, together
 * (rendering them in separate tasks would move what the visitor sees between paints), and each widget
 * that starts below it renders in a task of its own, in document order: a page of eight widgets rendered
 * in one task made that task, and the layout after it, the page's longest again. A widget below the
 * visible part moves only what is below it, which nobody sees yet. Where is read once, before any widget
 * renders: reading it between renders would lay out each one in that task rather than in the frame after.
 * Widgets created after the first frames render at once.
 */
let turnCame = false;
let dateLocale: string | undefined;
/** The widgets waiting for their first frame, once one has asked. */
let waiting: [Element, () => void][] | undefined;

/**
 * What a widget's first frame waits for: a promise until its turn comes, then nothing (a widget added
 * later renders as Lit would, in the task that added it). `locale`: the widget will format dates in it.
 */
export function firstRenderTurn(host: Element, locale?: string): Promise<void> | undefined {
  if (turnCame) return undefined;
  dateLocale ??= locale;
  if (!waiting) {
    waiting = [];
    setTimeout(() => {
      if (dateLocale) dateTimeFormat(dateLocale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      setTimeout(renderInTurn);
    });
  }
  return new Promise((render) => waiting!.push([host, render]));
}

/** The widgets in view (or above it) in this task; each one below a task later, in document order. */
async function renderInTurn(): Promise<void> {
  turnCame = true;
  // Tags are defined one task apart (base/define.ts), so widgets asked by tag: 2 is DOCUMENT_POSITION_PRECEDING.
  const widgets = waiting!
    .sort(([a], [b]) => (a.compareDocumentPosition(b) & 2 ? 1 : -1))
    .map(([host, render]) => [host.getBoundingClientRect().top >= innerHeight, render] as const);
  for (const [below, render] of widgets) if (!below) render();
  for (const [below, render] of widgets) {
    if (!below) continue;
    await new Promise((task) => setTimeout(task));
    render();
  }
}
