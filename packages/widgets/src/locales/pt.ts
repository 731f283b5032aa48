/**
 * Every widget's strings in Portuguese: one module, imported when a widget on the page first speaks
 * Portuguese (base/i18n.ts), so pages in Spanish, the default, never download it.
 */
import type { BaseMessages } from '../base/i18n.js';
import type { CalendarMessages } from '../event-calendar/messages.js';
import type { CountdownMessages } from '../panel-countdown/messages.js';
import type { DirectoryMessages } from '../lab-directory/messages.js';
import type { StreamCardMessages } from '../stream-card/messages.js';

export const base: BaseMessages = {
  loading: 'Carregando…',
  errorTitle: 'Não foi possível carregar o conteúdo',
  errorBody: 'Verifique sua conexão e tente novamente em alguns minutos.',
  retry: 'Tentar novamente',
  staleNote: 'Você está vendo as últimas informações salvas; elas podem estar desatualizadas.',
  close: 'Fechar',
  exampleData: 'Exemplo',
};

export const calendar: CalendarMessages = {
  previousMonth: 'Mês anterior',
  nextMonth: 'Próximo mês',
  today: 'Hoje',
  moreEvents: (count) => `+${count} mais`,
  dayLabel: (count) => (count === 0 ? 'sem eventos' : count === 1 ? '1 evento' : `${count} eventos`),
  noEventsInMonth: 'Não há eventos neste mês.',
  daysMissing: (dates) => `Não foi possível carregar os eventos destas datas: ${dates}.`,
  dayMissing: 'não foi possível carregar todos os seus eventos',
  feedMissing: 'Não foi possível carregar uma das agendas; mostramos as demais.',
  allDay: 'Dia inteiro',
  // Google's own name for it in Brazil.
  status: { scheduled: 'Agendado', cancelled: 'Cancelado', postponed: 'Adiado', rescheduled: 'Remarcado' },
  kinds: {
    meeting: 'Reunião',
    panel: 'Painel',
    workshop: 'Oficina',
    conference: 'Conferência',
    webinar: 'Webinar',
    other: 'Outro',
  },
};

export const countdown: CountdownMessages = {
  status: { upcoming: 'Próximo painel', live: 'Ao vivo agora', ended: 'Encerrado', cancelled: 'Cancelado', postponed: 'Adiado' },
  watch: 'Assistir ao vivo',
  replay: 'Assistir à gravação',
  join: 'Participar',
  noUpcoming: 'Não há painéis programados no momento.',
  notFound: (id) => `Não encontramos o evento “${id}”.`,
  eventsMissing: 'Pode faltar algum painel: não foi possível carregar parte da agenda.',
  streamLinkMissing: 'Não foi possível carregar o link da transmissão.',
  yourTime: 'seu horário',
  units: { days: 'dias', hours: 'horas', minutes: 'minutos', seconds: 'segundos' },
  summary: {
    units: { days: ['dia', 'dias'], hours: ['hora', 'horas'], minutes: ['minuto', 'minutos'] },
    sentence: (text, singular) => `${singular ? 'Falta' : 'Faltam'} ${text}`,
    and: 'e',
    lessThanAMinute: 'Falta menos de um minuto',
    startingNow: 'Começa agora',
  },
  announceLive: (title) => `${title} está ao vivo.`,
  announceEnded: (title) => `${title} foi encerrado.`,
};

export const directory: DirectoryMessages = {
  label: 'Diretório de laboratórios',
  search: 'Buscar laboratórios',
  searchHint: 'Nome, cidade, região ou tema',
  facets: { sector: 'Setor', country: 'País', region: 'Região', city: 'Cidade', focus: 'Tema', network: 'Rede' },
  sectors: { academia: 'Academia', private: 'Setor privado', public: 'Setor público', 'civil-society': 'Sociedade civil' },
  sortBy: 'Ordenar por',
  sorts: { name: 'Nome', city: 'Cidade', founded: 'Ano de fundação' },
  results: (shown, total, n) =>
    total === 0 ? 'Nenhum laboratório corresponde' : shown < total ? `Mostrando ${n(shown)} de ${n(total)} laboratórios` : total === 1 ? '1 laboratório' : `${n(total)} laboratórios`,
  noResults: 'Nenhum laboratório corresponde à busca e aos filtros.',
  clearAll: 'Limpar busca e filtros',
  showMore: (count) => `Mostrar mais ${count}`,
  showAllValues: 'Ver todos',
  download: 'Baixar',
  views: { list: 'Lista', map: 'Mapa' },
  searchIn: 'Buscar em',
  website: 'Site',
  founded: (year) => `Fundado em ${year}`,
  filters: 'Filtros',
  skipToResults: (count) => `Ir para os resultados (${count})`,
  noDetails: 'Não há mais dados deste laboratório.',
  csv: { name: 'Nome', sector: 'Setor', city: 'Cidade', region: 'Região', country: 'País', focusAreas: 'Temas', networks: 'Redes', founded: 'Fundação', website: 'Site', email: 'E-mail' },
};

export const streamCard: StreamCardMessages = {
  play: 'Reproduzir vídeo',
  status: { upcoming: 'Em breve', live: 'Ao vivo', ended: 'Gravação' },
  starts: (date) => `Começa em ${date}`,
  video: 'Vídeo do YouTube',
  consent: 'Ao reproduzir este vídeo, o YouTube pode usar cookies e coletar dados sobre sua visita.',
  privacy: 'Política de privacidade do YouTube',
  accept: 'Aceitar e reproduzir',
  invalid: 'Este vídeo não pode ser exibido aqui.',
  notFound: 'Não encontramos esta transmissão.',
};
