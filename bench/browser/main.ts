import { calendarBenchmarks } from './calendar.js';
import { calendarPeersBenchmarks } from './calendar-peers.js';
import { directoryBenchmarks } from './directory.js';
import { sdkBenchmarks } from './sdk.js';

declare global {
  interface Window {
    benchResults?: unknown;
    benchError?: string;
  }
}

try {
  // `?only=directory` (`npm run bench -- --only directory`): the directory's benchmark alone.
  if (new URLSearchParams(location.search).get('only') === 'directory') {
    window.benchResults = { directory: await directoryBenchmarks() };
  } else {
    const sdk = await sdkBenchmarks();
    const calendar = await calendarBenchmarks();
    window.benchResults = { sdk, calendar, directory: await directoryBenchmarks(), calendarPeers: await calendarPeersBenchmarks() };
  }
} catch (error) {
  window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
