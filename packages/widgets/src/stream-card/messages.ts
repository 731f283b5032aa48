/** Strings of <govtech-stream-card>; dates are formatted with Intl, not here. */
import { LocaleStrings } from '../base/i18n.js';

/** `upcoming`, `live`, `ended`: the SDK's stream statuses (`ended` shows as a replay). */
export type StreamCardStatus = 'upcoming' | 'live' | 'ended';

export interface StreamCardMessages {
  /** Accessible name of the play button (the title, when there is one, describes it: said once, by the heading). */
  play: string;
  /** Status badges. */
  status: Record<StreamCardStatus, string>;
  /** The date line of a stream that has not started yet. */
  starts(date: string): string;
  /** Title of the player when the card has none. */
  video: string;
  /** The notice shown with `consent` before anything loads from YouTube. */
  consent: string;
  privacy: string;
  /** Its button: accepts (for every card on the page) and plays. */
  accept: string;
  /** Shown, with the light-DOM fallback link, when the video id is missing or not an id. */
  invalid: string;
  /** The feed has no stream with the card's `stream-id`. */
  notFound: string;
}

/** Spanish, the default: in the widget's own download (Portuguese and English: src/locales/). */
export const streamCardMessages: StreamCardMessages = {
  play: 'Reproducir video',
  status: { upcoming: 'Próximamente', live: 'En vivo', ended: 'Grabación' },
  starts: (date) => `Comienza el ${date}`,
  video: 'Video de YouTube',
  consent: 'Al reproducir este video, YouTube puede usar cookies y recopilar datos sobre tu visita.',
  privacy: 'Política de privacidad de YouTube',
  accept: 'Aceptar y reproducir',
  invalid: 'Este video no se puede mostrar aquí.',
  notFound: 'No encontramos esta transmisión.',
};

export const streamCardStrings = new LocaleStrings(streamCardMessages, (module) => module.streamCard);
