import { dateTimeFormat } from '@govtech-network/sdk/intl';

/**
 * When a page's widgets render their first frame: not in the task that evaluated their code, and after a
 * task of its own in which the page's first date formatter is built. That first `Intl.DateTimeFormat`
 * loads ICU's date formatting (15–50 ms of a phone's main thread) whichever widget asks first; evaluating
 * the code, building the formatter and rendering the skeletons in one task made the longest task of a page
 * with our widgets (300–450 ms on Lighthouse's mobile profile, which counts the time over 50 ms of each
 * task as blocking).
 *
 * Then, in document order, the widgets that start in the visible part of the page (or above it) render
 * in that task, one after another, each placed once the ones before it have taken their size (rendering
 * them in separate tasks would move what the visitor sees between paints); from the first widget that
 * starts below the visible part, each renders in a task of its own. A page of eight widgets rendered in
 * one task made that task, and the layout after it, the page's longest again; a widget below the visible
 * part moves only what is below it, which nobody sees yet. Widgets created after the first frames render
 * at once.
 */
let turnCame = false;
let dateLocale: string | undefined;
type Host = Element & { readonly updateComplete: Promise<unknown> };
/** The widgets waiting for their first frame, once one has asked. */
let waiting: [Host, () => void][] | undefined;

/**
 * What a widget's first frame waits for: a promise until its turn comes, then nothing (a widget added
 * later renders as Lit would, in the task that added it). `locale`: the widget will format dates in it.
 */
export function firstRenderTurn(host: Host, locale?: string): Promise<void> | undefined {
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

/** In document order: the widgets in view (or above it) in this task, from the first one below a task later each. */
async function renderInTurn(): Promise<void> {
  turnCame = true;
  let below = false;
  // Tags are defined one task apart (base/define.ts), so widgets asked by tag: 2 is DOCUMENT_POSITION_PRECEDING.
  for (const [host, render] of waiting!.sort(([a], [b]) => (a.compareDocumentPosition(b) & 2 ? 1 : -1))) {
    // Reading a position lays out what the widgets before it rendered: the layout the frame would do.
    below ||= host.getBoundingClientRect().top >= innerHeight;
    if (below) await new Promise((task) => setTimeout(task));
    render();
    await host.updateComplete.catch(() => undefined);
  }
}
