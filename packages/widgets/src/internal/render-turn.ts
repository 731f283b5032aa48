/**
 * Turns of the page's main thread for the widgets' heavy renders, one task each, one after the other:
 * each widget's first render (GovtechElement) and its first render of a query's result (FeedController).
 * With Lit's default, an update in a microtask, every widget on the page rendered in the task that
 * defined them or that brought their data: the CDN build's evaluation and four first renders made one
 * task of about a second on Lighthouse's mobile profile, during which the page answered no tap. In turns,
 * the page can handle input, and paint, between two widgets.
 */
let last: Promise<void> = Promise.resolve();

/** Resolves in a task of its own, after the turns asked for before it. */
export function renderTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setTimeout(resolve)));
  last = turn;
  return turn;
}
