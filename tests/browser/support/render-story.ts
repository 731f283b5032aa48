// Renders a CSF3 story the way Storybook does (meta args merged with the story's, then its render),
// into a fixture, for tests that check every story of a widget in the browser.
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { SAMPLE_FEED } from '../../../stories/feeds.js';

/** Where web-test-runner serves the sample feed (Storybook serves it at SAMPLE_FEED). */
export const SAMPLE_FEED_HERE = '/examples/feeds/v1/';

interface StoryLike<A> {
  name?: string;
  args?: Partial<A>;
  render?: (args: A, context: never) => unknown;
}

/** Every story of a stories module (every export but the default meta). */
export function storiesOf<A>(module: Record<string, unknown>): Array<[string, StoryLike<A>]> {
  return Object.entries(module).filter(([name]) => name !== 'default') as Array<[string, StoryLike<A>]>;
}

export async function renderStory<A extends { src?: string }, E extends Element>(
  meta: StoryLike<A>,
  story: StoryLike<A>,
  tag: string,
): Promise<{ el: E; args: A }> {
  const merged = { ...meta.args, ...story.args } as A;
  // The sample feed is at another path here; stories for error and loading keep their own src.
  // `src` may list several feeds (the calendar's): each is swapped.
  const args = { ...merged, src: merged.src?.split(' ').map((src) => (src === SAMPLE_FEED ? SAMPLE_FEED_HERE : src)).join(' ') };
  const renderFn = story.render ?? meta.render!;
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  // Our render functions read only their args; Storybook's full story context is not needed.
  render(renderFn(args, undefined as never) as TemplateResult, root);
  const el = root.querySelector(tag) as E;
  await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { el, args };
}
