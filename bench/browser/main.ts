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
  const sdk = await sdkBenchmarks();
  const calendar = await calendarBenchmarks();
  window.benchResults = { sdk, calendar, directory: await directoryBenchmarks(), calendarPeers: await calendarPeersBenchmarks() };
} catch (error) {
  window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
