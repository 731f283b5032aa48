/** Strings of <govtech-stream-card>; dates are formatted with Intl, not here. */
import type { Locale } from '../base/i18n.js';

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

export const streamCardMessages: Record<Locale, StreamCardMessages> = {
  es: {
    play: 'Reproducir video',
    status: { upcoming: 'Próximamente', live: 'En vivo', ended: 'Grabación' },
    starts: (date) => `Comienza el ${date}`,
    video: 'Video de YouTube',
    consent: 'Al reproducir este video, YouTube puede usar cookies y recopilar datos sobre tu visita.',
    privacy: 'Política de privacidad de YouTube',
    accept: 'Aceptar y reproducir',
    invalid: 'Este video no se puede mostrar aquí.',
    notFound: 'No encontramos esta transmisión.',
  },
  pt: {
    play: 'Reproduzir vídeo',
    status: { upcoming: 'Em breve', live: 'Ao vivo', ended: 'Gravação' },
    starts: (date) => `Começa em ${date}`,
    video: 'Vídeo do YouTube',
    consent: 'Ao reproduzir este vídeo, o YouTube pode usar cookies e coletar dados sobre sua visita.',
    privacy: 'Política de privacidade do YouTube',
    accept: 'Aceitar e reproduzir',
    invalid: 'Este vídeo não pode ser exibido aqui.',
    notFound: 'Não encontramos esta transmissão.',
  },
  en: {
    play: 'Play video',
    status: { upcoming: 'Upcoming', live: 'Live', ended: 'Replay' },
    starts: (date) => `Starts ${date}`,
    video: 'YouTube video',
    consent: 'When you play this video, YouTube may use cookies and collect data about your visit.',
    privacy: 'YouTube’s privacy policy',
    accept: 'Accept and play',
    invalid: 'This video can’t be shown here.',
    notFound: 'We couldn’t find this stream.',
  },
};
