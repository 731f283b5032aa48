// What the host-page tests measure inside a widget's shadow root: boxes, text sizes, targets and
// contrast, from computed styles and layout, as a visitor's browser draws them.

/** Every element of a widget's shadow root that is drawn (a box with an area, not inside a visually-hidden one). */
export function drawn(host: HTMLElement): HTMLElement[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((element) => {
    if (element.closest('.visually-hidden, dialog:not([open]), [hidden]')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
  });
}

/** Elements whose box sticks out of the widget's box (more than a pixel of rounding), described. */
export function overflowing(host: HTMLElement): string[] {
  const outer = host.getBoundingClientRect();
  return drawn(host)
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.left < outer.left - 1 || box.right > outer.right + 1;
    })
    .map((element) => `${describe(element)} ${Math.round(element.getBoundingClientRect().width)}px in ${Math.round(outer.width)}px`);
}

/** Drawn elements holding text of their own. */
export function withText(host: HTMLElement): HTMLElement[] {
  return drawn(host).filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()));
}

/** Text smaller than `min` px, described. */
export function smallText(host: HTMLElement, min: number): string[] {
  return withText(host)
    .filter((element) => parseFloat(getComputedStyle(element).fontSize) < min - 0.01)
    .map((element) => `${describe(element)} ${getComputedStyle(element).fontSize}`);
}

/**
 * What a pointer can hit, each with the box that takes the click: a control inside a <label> is hit
 * through its whole label. Controls hidden from assistive technology and out of the tab order (the
 * calendar's chips: the day cell is their keyboard and screen-reader way) are left out, as are links
 * inside a sentence (WCAG 2.5.8's inline exception).
 */
export function smallTargets(host: HTMLElement, min = 24): string[] {
  const targets = drawn(host).filter((element) => element.matches('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'));
  return targets
    // A skip link is clipped to nothing until it has focus (then it is a target like any other).
    .filter((element) => getComputedStyle(element).clipPath !== 'inset(50%)')
    .filter((element) => !element.closest('[aria-hidden="true"]') && !(element.matches('a') && element.parentElement!.matches('p')))
    .map((element) => ({ element, box: (element.closest('label') ?? element).getBoundingClientRect() }))
    .filter(({ box }) => box.width < min - 0.01 || box.height < min - 0.01)
    .map(({ element, box }) => `${describe(element)} ${Math.round(box.width)}×${Math.round(box.height)}`);
}

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const numbers = /rgba?\(([^)]+)\)/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!numbers || numbers.length < 3) throw new Error(`unexpected colour ${value}`);
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

const over = (top: Rgba, bottom: Rgba): Rgba => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

/** The colour behind an element: its backgrounds and its ancestors' (across shadow roots) composited; undefined over an image. */
export function backgroundOf(element: Element): Rgba | undefined {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none' || node.localName === 'img') return undefined;
    const colour = parseColor(style.backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  // Nothing opaque: the canvas, light or dark as the page's used colour scheme says.
  let result: Rgba = getComputedStyle(document.documentElement).colorScheme.includes('dark') && matchMedia('(prefers-color-scheme: dark)').matches ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

const luminance = ([r, g, b]: Rgba) => {
  const channel = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/** WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The lightness of the widget's background (0 black … 1 white). */
export const backgroundLuminance = (host: HTMLElement) => luminance(backgroundOf(host) ?? [255, 255, 255, 1]);

/** Text below WCAG AA contrast with what is behind it (4.5:1, or 3:1 for large text), described. */
export function lowContrast(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of withText(host)) {
    const style = getComputedStyle(element);
    const behind = backgroundOf(element);
    if (!behind) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(over(parseColor(style.color), behind), behind);
    if (ratio < (large ? 3 : 4.5)) problems.push(`${describe(element)} ${ratio.toFixed(2)}:1 (${style.color} on rgb(${behind.slice(0, 3).map(Math.round).join(', ')}))`);
  }
  return problems;
}

/** Row lengths of boxes laid out in rows: [4], [2, 2], [3, 1]… */
export function rows(boxes: Element[]): number[] {
  const tops = new Map<number, number>();
  for (const box of boxes) {
    const top = Math.round(box.getBoundingClientRect().top);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

/**
 * How much of a calendar chip's title shows, in px: from where the title starts (after the time) to the
 * chip's content edge, or to the title's end when it fits.
 */
export function titleShown(chip: HTMLElement): number {
  const text = [chip, ...chip.querySelectorAll(':not(.chip-time)')]
    .flatMap((element) => [...element.childNodes])
    .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
  if (!text) return 0;
  const range = document.createRange();
  range.selectNodeContents(text);
  const title = range.getBoundingClientRect();
  // The text is cut at the content edge of the element that holds it (the chip, or a title span in it).
  const clip = text.parentElement!;
  const box = clip.getBoundingClientRect();
  const style = getComputedStyle(clip);
  const end = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
  const ellipsis = parseFloat(style.fontSize) * 0.8;
  return Math.max(0, Math.min(title.right, end - ellipsis) - title.left);
}

function describe(element: Element): string {
  const classes = [...element.classList].join('.');
  return `${element.localName}${classes ? `.${classes}` : ''}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`;
}
