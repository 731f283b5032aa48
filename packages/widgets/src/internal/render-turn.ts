/**
 * Turns of the page's main thread for the widgets' heavy renders, one task each, one after the other:
 * each widget's first render of a query's result (FeedController). With Lit's default, an update in a
 * microtask, the widgets that wait on the same file (the calendar and the countdown on events.json)
 * validated it and rendered their data all in the task that brought it: one long task, during which the
 * page answers no tap. In turns, the page can handle input between two widgets.
 * The first renders (skeletons) stay together in the task that defines the widgets: apart, the page could
 * paint between two of them, and a widget taking its skeleton's size would push down the ones below.
 */
let last: Promise<void> = Promise.resolve();

/** Resolves in a task of its own, after the turns asked for before it. */
export function renderTurn(): Promise<void> {
  const turn = last.then(() => new Promise<void>((resolve) => setTimeout(resolve)));
  last = turn;
  return turn;
}
